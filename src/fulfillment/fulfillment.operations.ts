import {
  UpstreamConfirmResult,
  UpstreamProcessingResult,
} from '../npay/models/processing-result.model';
import { defineOperation, ORDER_API } from '../npay/npay-operation';
import { productOrderWrite } from '../npay/writes/product-order-write-operation';
import { ConfirmProductOrdersRequest } from './dto/confirm-product-orders.dto';
import { DelayDispatchRequest } from './dto/delay-dispatch.dto';
import { DispatchProductOrdersRequest } from './dto/dispatch-product-orders.dto';

/** 발주 확인, 발송 지연, 발송 처리 (reference 4.5–4.7). */
export const FulfillmentOperations = {
  confirmProductOrders: defineOperation<
    { body: ConfirmProductOrdersRequest },
    UpstreamConfirmResult
  >()({
    name: 'confirmProductOrders',
    title: '발주 확인 처리',
    method: 'POST',
    path: `${ORDER_API}/product-orders/confirm`,
    envelope: 'data',
    idempotent: false,
  }),
  delayDispatch: productOrderWrite<DelayDispatchRequest>(
    'delayDispatch',
    '발송 지연 처리',
    'delay',
  ),
  dispatchProductOrders: defineOperation<
    { body: DispatchProductOrdersRequest },
    UpstreamProcessingResult
  >()({
    name: 'dispatchProductOrders',
    title: '발송 처리',
    method: 'POST',
    path: `${ORDER_API}/product-orders/dispatch`,
    envelope: 'data',
    idempotent: false,
  }),
} as const;
