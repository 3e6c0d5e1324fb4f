import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { ProductOrderIdParams } from '../common/dto/product-order-id-params.dto';
import { ApiUpstreamProblems } from '../common/problem/api-problem-responses.decorator';
import { TakesNoBody } from '../common/validation/refuse-body.guard';
import { UpstreamResult } from '../npay/upstream-result';
import { ApiSingleWriteResponses } from '../npay/writes/api-write-responses.decorator';
import { ProductOrderWriteResult } from '../npay/writes/product-order-write-result.model';
import { HoldbackReturnRequest } from './dto/holdback-return.dto';
import { RejectReturnRequest } from './dto/reject-return.dto';
import { RequestReturnRequest } from './dto/request-return.dto';
import { ReturnService } from './return.service';

type WriteAnswer = Promise<UpstreamResult<ProductOrderWriteResult>>;

@ApiTags('return')
@ApiUpstreamProblems()
@Controller({ path: 'product-orders/:productOrderId/claim/return', version: '1' })
export class ReturnController {
  constructor(private readonly returns: ReturnService) {}

  @Post('request')
  @HttpCode(200)
  @ApiSingleWriteResponses()
  @ApiOperation({
    summary: '반품 요청 (Register a return for the buyer)',
    description: 'Opens a return claim on a dispatched or delivered product order.',
  })
  request(@Param() params: ProductOrderIdParams, @Body() body: RequestReturnRequest): WriteAnswer {
    return this.returns.request(params.productOrderId, body);
  }

  @Post('approve')
  @TakesNoBody()
  @HttpCode(200)
  @ApiSingleWriteResponses()
  @ApiOperation({
    summary: '반품 승인 (Approve a return)',
    description: 'Completes the return and refunds the buyer. Refused while the return is held.',
  })
  approve(@Param() params: ProductOrderIdParams): WriteAnswer {
    return this.returns.approve(params.productOrderId);
  }

  @Post('reject')
  @HttpCode(200)
  @ApiSingleWriteResponses()
  @ApiOperation({
    summary: '반품 거부(철회) (Reject a return)',
    description: 'Withdraws the return claim; the product order keeps its delivery status.',
  })
  reject(@Param() params: ProductOrderIdParams, @Body() body: RejectReturnRequest): WriteAnswer {
    return this.returns.reject(params.productOrderId, body);
  }

  @Post('holdback')
  @HttpCode(200)
  @ApiSingleWriteResponses()
  @ApiOperation({
    summary: '반품 보류 (Hold a return back)',
    description: 'Puts the return on hold, e.g. until the buyer pays the return shipping.',
  })
  holdback(
    @Param() params: ProductOrderIdParams,
    @Body() body: HoldbackReturnRequest,
  ): WriteAnswer {
    return this.returns.holdback(params.productOrderId, body);
  }

  @Post('holdback/release')
  @TakesNoBody()
  @HttpCode(200)
  @ApiSingleWriteResponses()
  @ApiOperation({
    summary: '반품 보류 해제 (Release a held return)',
    description: 'Lifts the hold so the return can be approved.',
  })
  releaseHoldback(@Param() params: ProductOrderIdParams): WriteAnswer {
    return this.returns.releaseHoldback(params.productOrderId);
  }
}
