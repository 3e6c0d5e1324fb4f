import { Injectable } from '@nestjs/common';

import { UpstreamResult } from '../npay/upstream-result';
import { ProductOrderWriteResult } from '../npay/writes/product-order-write-result.model';
import { ProductOrderWrites } from '../npay/writes/product-order-writes.service';
import { ConfirmProductOrdersRequest } from './dto/confirm-product-orders.dto';
import { DelayDispatchRequest } from './dto/delay-dispatch.dto';
import { DispatchProductOrdersRequest } from './dto/dispatch-product-orders.dto';
import { FulfillmentOperations } from './fulfillment.operations';

type WriteAnswer = Promise<UpstreamResult<ProductOrderWriteResult>>;

@Injectable()
export class FulfillmentService {
  constructor(private readonly writes: ProductOrderWrites) {}

  confirm(body: ConfirmProductOrdersRequest): WriteAnswer {
    return this.writes.forMany(
      FulfillmentOperations.confirmProductOrders,
      { body },
      body.productOrderIds,
    );
  }

  delay(productOrderId: string, body: DelayDispatchRequest): WriteAnswer {
    return this.writes.forOne(FulfillmentOperations.delayDispatch, {
      pathParams: { productOrderId },
      body,
    });
  }

  dispatch(body: DispatchProductOrdersRequest): WriteAnswer {
    return this.writes.forMany(
      FulfillmentOperations.dispatchProductOrders,
      { body },
      body.dispatchProductOrders.map((entry) => entry.productOrderId),
    );
  }
}
