import { Injectable } from '@nestjs/common';

import { UpstreamResult } from '../npay/upstream-result';
import { ProductOrderWriteResult } from '../npay/writes/product-order-write-result.model';
import { ProductOrderWrites } from '../npay/writes/product-order-writes.service';
import { HoldbackExchangeRequest } from './dto/holdback-exchange.dto';
import { RedeliverExchangeRequest } from './dto/redeliver-exchange.dto';
import { RejectExchangeRequest } from './dto/reject-exchange.dto';
import { ExchangeOperations } from './exchange.operations';

type WriteAnswer = Promise<UpstreamResult<ProductOrderWriteResult>>;

@Injectable()
export class ExchangeService {
  constructor(private readonly writes: ProductOrderWrites) {}

  completeCollect(productOrderId: string): WriteAnswer {
    return this.writes.forOne(ExchangeOperations.completeExchangeCollect, {
      pathParams: { productOrderId },
    });
  }

  redeliver(productOrderId: string, body: RedeliverExchangeRequest): WriteAnswer {
    return this.writes.forOne(ExchangeOperations.redeliverExchange, {
      pathParams: { productOrderId },
      body,
    });
  }

  reject(productOrderId: string, body: RejectExchangeRequest): WriteAnswer {
    return this.writes.forOne(ExchangeOperations.rejectExchange, {
      pathParams: { productOrderId },
      body,
    });
  }

  holdback(productOrderId: string, body: HoldbackExchangeRequest): WriteAnswer {
    return this.writes.forOne(ExchangeOperations.holdbackExchange, {
      pathParams: { productOrderId },
      body,
    });
  }

  releaseHoldback(productOrderId: string): WriteAnswer {
    return this.writes.forOne(ExchangeOperations.releaseExchangeHoldback, {
      pathParams: { productOrderId },
    });
  }
}
