import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { ProductOrderIdParams } from '../common/dto/product-order-id-params.dto';
import { ApiUpstreamProblems } from '../common/problem/api-problem-responses.decorator';
import { TakesNoBody } from '../common/validation/refuse-body.guard';
import { UpstreamResult } from '../npay/upstream-result';
import { ApiSingleWriteResponses } from '../npay/writes/api-write-responses.decorator';
import { ProductOrderWriteResult } from '../npay/writes/product-order-write-result.model';
import { HoldbackExchangeRequest } from './dto/holdback-exchange.dto';
import { RedeliverExchangeRequest } from './dto/redeliver-exchange.dto';
import { RejectExchangeRequest } from './dto/reject-exchange.dto';
import { ExchangeService } from './exchange.service';

type WriteAnswer = Promise<UpstreamResult<ProductOrderWriteResult>>;

@ApiTags('exchange')
@ApiUpstreamProblems()
@Controller({ path: 'product-orders/:productOrderId/claim/exchange', version: '1' })
export class ExchangeController {
  constructor(private readonly exchanges: ExchangeService) {}

  @Post('collect/complete')
  @TakesNoBody()
  @HttpCode(200)
  @ApiSingleWriteResponses()
  @ApiOperation({
    summary: '교환 수거 완료 (Confirm the exchanged goods were collected)',
    description: 'Marks the goods the buyer sent back as collected, so the exchange can ship.',
  })
  completeCollect(@Param() params: ProductOrderIdParams): WriteAnswer {
    return this.exchanges.completeCollect(params.productOrderId);
  }

  @Post('dispatch')
  @HttpCode(200)
  @ApiSingleWriteResponses()
  @ApiOperation({
    summary: '교환 재배송 처리 (Ship the replacement)',
    description: 'Ships the replacement goods; allowed once the exchange is collected.',
  })
  redeliver(
    @Param() params: ProductOrderIdParams,
    @Body() body: RedeliverExchangeRequest,
  ): WriteAnswer {
    return this.exchanges.redeliver(params.productOrderId, body);
  }

  @Post('reject')
  @HttpCode(200)
  @ApiSingleWriteResponses()
  @ApiOperation({
    summary: '교환 거부(철회) (Reject an exchange)',
    description: 'Withdraws the exchange claim; the product order keeps its delivery status.',
  })
  reject(@Param() params: ProductOrderIdParams, @Body() body: RejectExchangeRequest): WriteAnswer {
    return this.exchanges.reject(params.productOrderId, body);
  }

  @Post('holdback')
  @HttpCode(200)
  @ApiSingleWriteResponses()
  @ApiOperation({
    summary: '교환 보류 (Hold an exchange back)',
    description: 'Puts the exchange on hold, e.g. until the buyer pays the exchange shipping.',
  })
  holdback(
    @Param() params: ProductOrderIdParams,
    @Body() body: HoldbackExchangeRequest,
  ): WriteAnswer {
    return this.exchanges.holdback(params.productOrderId, body);
  }

  @Post('holdback/release')
  @TakesNoBody()
  @HttpCode(200)
  @ApiSingleWriteResponses()
  @ApiOperation({
    summary: '교환 보류 해제 (Release a held exchange)',
    description: 'Lifts the hold so the replacement can ship.',
  })
  releaseHoldback(@Param() params: ProductOrderIdParams): WriteAnswer {
    return this.exchanges.releaseHoldback(params.productOrderId);
  }
}
