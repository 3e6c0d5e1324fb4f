import { Injectable } from '@nestjs/common';

import { UpstreamResult } from '../npay/upstream-result';
import { ProductOrderWriteResult } from '../npay/writes/product-order-write-result.model';
import { ProductOrderWrites } from '../npay/writes/product-order-writes.service';
import { HoldbackReturnRequest } from './dto/holdback-return.dto';
import { RejectReturnRequest } from './dto/reject-return.dto';
import { RequestReturnRequest } from './dto/request-return.dto';
import { ReturnOperations } from './return.operations';

type WriteAnswer = Promise<UpstreamResult<ProductOrderWriteResult>>;

@Injectable()
export class ReturnService {
  constructor(private readonly writes: ProductOrderWrites) {}

  request(productOrderId: string, body: RequestReturnRequest): WriteAnswer {
    return this.writes.forOne(ReturnOperations.requestReturn, {
      pathParams: { productOrderId },
      body,
    });
  }

  approve(productOrderId: string): WriteAnswer {
    return this.writes.forOne(ReturnOperations.approveReturn, { pathParams: { productOrderId } });
  }

  reject(productOrderId: string, body: RejectReturnRequest): WriteAnswer {
    return this.writes.forOne(ReturnOperations.rejectReturn, {
      pathParams: { productOrderId },
      body,
    });
  }

  holdback(productOrderId: string, body: HoldbackReturnRequest): WriteAnswer {
    return this.writes.forOne(ReturnOperations.holdbackReturn, {
      pathParams: { productOrderId },
      body,
    });
  }

  releaseHoldback(productOrderId: string): WriteAnswer {
    return this.writes.forOne(ReturnOperations.releaseReturnHoldback, {
      pathParams: { productOrderId },
    });
  }
}
