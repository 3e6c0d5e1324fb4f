import {
  BeforeClaim,
  CancelClaim,
  CompletedClaim,
  CurrentClaim,
  ExchangeClaim,
  ReturnClaim,
} from './claims.model';
import { Delivery } from './delivery.model';
import { Order } from './order.model';
import { ProductOrder } from './product-order.model';

/**
 * 상품 주문 상세: everything the upstream knows about one product order, as returned by the
 * detail query (one per requested id) and inside each item of the conditional query. Which
 * parts are present depends on the order's progress.
 */
export class ProductOrderDetail {
  /** 주문 정보: order-level data (payer, payment). */
  order?: Order;

  /** 상품 주문 정보: line-level data (product, amounts, status, addresses). */
  productOrder?: ProductOrder;

  /** 배송 정보: shipment data, present once dispatched. */
  delivery?: Delivery;

  /**
   * 취소: the cancellation in progress. Deprecated, read `currentClaim.cancel`.
   * @deprecated Use `currentClaim.cancel`; the upstream drops this key (announced for H1 2025).
   */
  cancel?: CancelClaim;

  /**
   * 반품: the return in progress. Deprecated, read `currentClaim.return`.
   * @deprecated Use `currentClaim.return`; the upstream drops this key (announced for H1 2025).
   */
  return?: ReturnClaim;

  /**
   * 교환: the exchange in progress. Deprecated, read `currentClaim.exchange`.
   * @deprecated Use `currentClaim.exchange`; the upstream drops this key (announced for H1 2025).
   */
  exchange?: ExchangeClaim;

  /** 현재 클레임: the claim in progress, under `cancel`, `return` or `exchange`. */
  currentClaim?: CurrentClaim;

  /** 이전 클레임: the previous claim; only an exchange is reported. */
  beforeClaim?: BeforeClaim;

  /** 완료 클레임 목록: claims already closed on this product order. */
  completedClaims?: CompletedClaim[];
}
