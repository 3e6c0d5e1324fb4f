import { productOrderWrite } from '../npay/writes/product-order-write-operation';
import { HoldbackExchangeRequest } from './dto/holdback-exchange.dto';
import { RedeliverExchangeRequest } from './dto/redeliver-exchange.dto';
import { RejectExchangeRequest } from './dto/reject-exchange.dto';

/** The exchange claim's writes (reference 4.15–4.19). */
export const ExchangeOperations = {
  // The merchant API names this `collect/complete`; the Commerce API twin says `collect/approve`.
  completeExchangeCollect: productOrderWrite(
    'completeExchangeCollect',
    '교환 수거 완료',
    'claim/exchange/collect/complete',
  ),
  redeliverExchange: productOrderWrite<RedeliverExchangeRequest>(
    'redeliverExchange',
    '교환 재배송 처리',
    'claim/exchange/dispatch',
  ),
  rejectExchange: productOrderWrite<RejectExchangeRequest>(
    'rejectExchange',
    '교환 거부(철회)',
    'claim/exchange/reject',
  ),
  holdbackExchange: productOrderWrite<HoldbackExchangeRequest>(
    'holdbackExchange',
    '교환 보류',
    'claim/exchange/holdback',
  ),
  releaseExchangeHoldback: productOrderWrite(
    'releaseExchangeHoldback',
    '교환 보류 해제',
    'claim/exchange/holdback/release',
  ),
} as const;
