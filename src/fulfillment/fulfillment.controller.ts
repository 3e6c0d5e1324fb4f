import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { ProductOrderIdParams } from '../common/dto/product-order-id-params.dto';
import { ApiUpstreamProblems } from '../common/problem/api-problem-responses.decorator';
import { UpstreamResult } from '../npay/upstream-result';
import {
  ApiBatchWriteResponses,
  ApiSingleWriteResponses,
} from '../npay/writes/api-write-responses.decorator';
import { ProductOrderWriteResult } from '../npay/writes/product-order-write-result.model';
import { ConfirmProductOrdersRequest } from './dto/confirm-product-orders.dto';
import { DelayDispatchRequest } from './dto/delay-dispatch.dto';
import { DispatchProductOrdersRequest } from './dto/dispatch-product-orders.dto';
import { FulfillmentService } from './fulfillment.service';

type WriteAnswer = Promise<UpstreamResult<ProductOrderWriteResult>>;

@ApiTags('fulfillment')
@ApiUpstreamProblems()
@Controller({ path: 'product-orders', version: '1' })
export class FulfillmentController {
  constructor(private readonly fulfillment: FulfillmentService) {}

  @Post('confirm')
  @HttpCode(200)
  @ApiOperation({
    summary: '발주 확인 처리 (Confirm product orders for shipping)',
    description:
      'Confirms up to 30 paid product orders. `isReceiverAddressChanged` on a success means ' +
      'the buyer changed the address: check it before shipping.',
  })
  @ApiBatchWriteResponses()
  confirm(@Body() body: ConfirmProductOrdersRequest): WriteAnswer {
    return this.fulfillment.confirm(body);
  }

  @Post(':productOrderId/delay')
  @HttpCode(200)
  @ApiOperation({
    summary: '발송 지연 처리 (Delay the dispatch of a product order)',
    description: 'Moves the dispatch due date and tells the buyer why.',
  })
  @ApiSingleWriteResponses()
  delay(@Param() params: ProductOrderIdParams, @Body() body: DelayDispatchRequest): WriteAnswer {
    return this.fulfillment.delay(params.productOrderId, body);
  }

  @Post('dispatch')
  @HttpCode(200)
  @ApiOperation({
    summary: '발송 처리 (Dispatch product orders)',
    description:
      'Marks up to 30 product orders as shipped, each with its delivery method (and courier ' +
      'and tracking number for parcel delivery).',
  })
  @ApiBatchWriteResponses()
  dispatch(@Body() body: DispatchProductOrdersRequest): WriteAnswer {
    return this.fulfillment.dispatch(body);
  }
}
