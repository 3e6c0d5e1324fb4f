import { Injectable } from '@nestjs/common';

import { UpstreamResult } from '../npay/upstream-result';
import { ProductOrderWriteResult } from '../npay/writes/product-order-write-result.model';
import { ProductOrderWrites } from '../npay/writes/product-order-writes.service';
import { CancelOperations } from './cancel.operations';
import { RequestCancelRequest } from './dto/request-cancel.dto';

type WriteAnswer = Promise<UpstreamResult<ProductOrderWriteResult>>;

@Injectable()
export class CancelService {
  constructor(private readonly writes: ProductOrderWrites) {}

  request(productOrderId: string, body: RequestCancelRequest): WriteAnswer {
    return this.writes.forOne(CancelOperations.requestCancel, {
      pathParams: { productOrderId },
      body,
    });
  }

  approve(productOrderId: string): WriteAnswer {
    return this.writes.forOne(CancelOperations.approveCancel, { pathParams: { productOrderId } });
  }
}
