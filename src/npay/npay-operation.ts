import type {
  ClaimStatus,
  LastChangedType,
  PlaceOrderStatus,
  ProductOrderStatus,
  RangeType,
} from './npay.enums';
import type { LastChangedStatusesPage } from './models/last-changed-statuses.model';
import type { ProductOrderDetail } from './models/product-order-detail.model';
import type { ProductOrderSearchPage } from './models/product-order-search.model';

export type HttpMethod = 'GET' | 'POST' | 'PUT';

/** A query string value; lists are sent as repeated keys, the form Spring binds. */
export type QueryValue = string | number | boolean | readonly string[] | undefined;

export interface OperationInput {
  /** Values for the `{name}` placeholders of the path; each is percent-encoded. */
  pathParams?: Record<string, string>;
  query?: object;
  body?: object;
}

/**
 * One upstream operation, declared once as data. `TInput` and `TResult` exist only for the type
 * checker, so a caller can't send the wrong input or misread the result.
 */
export interface NpayOperation<TInput extends OperationInput, TResult> {
  /** Stable name, used in logs and metrics. */
  readonly name: string;
  /** The upstream's Korean name for it, as in the Naver Pay documents. */
  readonly title: string;
  readonly method: HttpMethod;
  /** Path below the base URL, with `{name}` placeholders. */
  readonly path: string;
  /**
   * `data`: the result is the `data` member of `{timestamp, traceId, data}`; `bare`: the body
   * itself is the result (settlement and inquiry lists are not wrapped).
   */
  readonly envelope: 'data' | 'bare';
  /** Sending it twice changes nothing upstream (reads). Writes are never resent blindly. */
  readonly idempotent: boolean;
  readonly types?: { input: TInput; result: TResult };
}

const operation =
  <TInput extends OperationInput, TResult>() =>
  (spec: Omit<NpayOperation<TInput, TResult>, 'types'>): NpayOperation<TInput, TResult> =>
    spec;

export interface LastChangedStatusesParams {
  lastChangedFrom: string;
  lastChangedTo?: string;
  lastChangedType?: LastChangedType;
  moreSequence?: string;
  limitCount?: number;
}

export interface ProductOrderQueryBody {
  productOrderIds: string[];
  quantityClaimCompatibility?: boolean;
}

export interface ProductOrderSearchParams {
  from: string;
  to?: string;
  rangeType?: RangeType;
  productOrderStatuses?: ProductOrderStatus[];
  claimStatuses?: ClaimStatus[];
  placeOrderStatusType?: PlaceOrderStatus;
  fulfillment?: boolean;
  pageSize?: number;
  page?: number;
  quantityClaimCompatibility?: boolean;
}

const ORDER_API = '/v1/pay-order/mall';

/** Every upstream operation the gateway calls. */
export const NpayOperations = {
  getLastChangedStatuses: operation<{ query: LastChangedStatusesParams }, LastChangedStatusesPage>()({
    name: 'getLastChangedStatuses',
    title: '변경 상품 주문 내역 조회',
    method: 'GET',
    path: `${ORDER_API}/product-orders/last-changed-statuses`,
    envelope: 'data',
    idempotent: true,
  }),
  queryProductOrders: operation<{ body: ProductOrderQueryBody }, ProductOrderDetail[]>()({
    name: 'queryProductOrders',
    title: '상품 주문 상세 내역 조회',
    // A read sent as POST only because 300 ids don't fit a URL: repeating it is harmless.
    method: 'POST',
    path: `${ORDER_API}/product-orders/query`,
    envelope: 'data',
    idempotent: true,
  }),
  getProductOrderIds: operation<{ pathParams: { orderId: string } }, string[]>()({
    name: 'getProductOrderIds',
    title: '상품 주문 목록 조회',
    method: 'GET',
    path: `${ORDER_API}/orders/{orderId}/product-order-ids`,
    envelope: 'data',
    idempotent: true,
  }),
  getProductOrdersWithConditions: operation<
    { query: ProductOrderSearchParams },
    ProductOrderSearchPage
  >()({
    name: 'getProductOrdersWithConditions',
    title: '조건형 상품 주문 상세 내역 조회',
    method: 'GET',
    path: `${ORDER_API}/product-orders`,
    envelope: 'data',
    idempotent: true,
  }),
} as const;
