import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { ProductOrderIdParams } from '../common/dto/product-order-id-params.dto';
import { ApiUpstreamProblems } from '../common/problem/api-problem-responses.decorator';
import { TakesNoBody } from '../common/validation/refuse-body.guard';
import { UpstreamResult } from '../npay/upstream-result';
import { ApiSingleWriteResponses } from '../npay/writes/api-write-responses.decorator';
import { ProductOrderWriteResult } from '../npay/writes/product-order-write-result.model';
import { CancelService } from './cancel.service';
import { RequestCancelRequest } from './dto/request-cancel.dto';

type WriteAnswer = Promise<UpstreamResult<ProductOrderWriteResult>>;

@ApiTags('cancel')
@ApiUpstreamProblems()
@Controller({ path: 'product-orders/:productOrderId/claim/cancel', version: '1' })
export class CancelController {
  constructor(private readonly cancel: CancelService) {}

  @Post('request')
  @HttpCode(200)
  @ApiSingleWriteResponses()
  @ApiOperation({
    summary: '취소 요청 (Cancel a product order as the seller)',
    description:
      'Cancels a product order that has not been dispatched, wholly or by `cancelQuantity`.',
  })
  request(@Param() params: ProductOrderIdParams, @Body() body: RequestCancelRequest): WriteAnswer {
    return this.cancel.request(params.productOrderId, body);
  }

  @Post('approve')
  @TakesNoBody()
  @HttpCode(200)
  @ApiSingleWriteResponses()
  @ApiOperation({
    summary: '취소 요청 승인 (Approve the buyer’s cancel request)',
    description: 'Accepts a cancel request the buyer made after the order was confirmed.',
  })
  approve(@Param() params: ProductOrderIdParams): WriteAnswer {
    return this.cancel.approve(params.productOrderId);
  }
}
