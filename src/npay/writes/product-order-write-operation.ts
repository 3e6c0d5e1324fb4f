import { UpstreamProcessingResult } from '../models/processing-result.model';
import { defineOperation, NpayOperation, ORDER_API } from '../npay-operation';

/** The input of a write that acts on one product order, with an optional JSON body. */
export interface ProductOrderWriteInput<TBody extends object | undefined> {
  pathParams: { productOrderId: string };
  body?: TBody;
}

/**
 * A write on one product order: `POST {ORDER_API}/product-orders/{productOrderId}/{action}`,
 * answered with the common processing result. Writes are never idempotent.
 */
export function productOrderWrite<TBody extends object | undefined = undefined>(
  name: string,
  title: string,
  action: string,
): NpayOperation<ProductOrderWriteInput<TBody>, UpstreamProcessingResult> {
  return defineOperation<ProductOrderWriteInput<TBody>, UpstreamProcessingResult>()({
    name,
    title,
    method: 'POST',
    path: `${ORDER_API}/product-orders/{productOrderId}/${action}`,
    envelope: 'data',
    idempotent: false,
  });
}
