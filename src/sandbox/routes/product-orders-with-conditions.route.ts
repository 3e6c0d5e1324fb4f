import { RawJson, rawJsonArray } from '../http/raw-json';
import { QueryReader } from '../http/request-input';
import { SandboxOperation } from '../http/sandbox-operation';
import {
  CLAIM_STATUSES,
  PLACE_ORDER_STATUSES,
  PRODUCT_ORDER_STATUSES,
  RANGE_TYPES,
  RangeType,
} from '../store/sandbox-enums';
import { SandboxProductOrder } from '../store/sandbox-records';
import { readWindowBounds, resolveDateWindow } from './date-window';

/** Default and largest page of #4 (reference 4.4). */
export const MAX_PAGE_SIZE = 300;

/** The instant of a product order that a rangeType applies to, if it has one. */
export function rangeInstant(
  record: Readonly<SandboxProductOrder>,
  rangeType: RangeType,
): number | undefined {
  switch (rangeType) {
    case 'PAYED_DATETIME':
      return record.order.paymentDate;
    case 'ORDERED_DATETIME':
      return record.order.orderDate;
    case 'DISPATCHED_DATETIME':
      return record.delivery?.sendDate;
    case 'PURCHASE_DECIDED_DATETIME':
      return record.decisionDate;
    // Claim instants come from the latest claim only [U: earlier claims may count upstream].
    case 'CLAIM_REQUESTED_DATETIME':
      return record.currentClaim?.claimRequestDate;
    case 'CLAIM_COMPLETED_DATETIME':
      return record.currentClaim?.completedDate;
    case 'COLLECT_COMPLETED_DATETIME':
      return record.currentClaim?.collect?.collectCompletedDate;
    // The sandbox has no gift or hope-delivery orders, so nothing matches these.
    case 'GIFT_RECEIVED_DATETIME':
    case 'HOPE_DELIVERY_INFO_CHANGED_DATETIME':
      return undefined;
  }
}

/**
 * 조건형 상품 주문 상세 내역 조회 (#4, reference 4.4). Matches are sorted by the rangeType
 * instant, then productOrderId [U: the upstream's order is not documented], and paged.
 */
export const productOrdersWithConditionsOperation: SandboxOperation = {
  name: 'getProductOrdersWithConditions',
  method: 'GET',
  path: '/v1/pay-order/mall/product-orders',
  authentication: 'bearer',
  errorShape: 'api',
  envelope: 'data',
  handle(request, { store }) {
    const query = new QueryReader(request.query);
    const bounds = readWindowBounds(query, 'from', 'to');
    const rangeType = query.oneOf('rangeType', RANGE_TYPES) ?? 'PAYED_DATETIME';
    const statuses = query.listOf('productOrderStatuses', PRODUCT_ORDER_STATUSES);
    const claimStatuses = query.listOf('claimStatuses', CLAIM_STATUSES);
    const placeOrderStatus = query.oneOf('placeOrderStatusType', PLACE_ORDER_STATUSES);
    const fulfillment = query.boolean('fulfillment');
    const page = query.integer('page', { min: 1 }) ?? 1;
    const pageSize = query.integer('pageSize', { min: 1, max: MAX_PAGE_SIZE }) ?? MAX_PAGE_SIZE;

    // Validated for type only; its exact effect is unknown [U].
    query.boolean('quantityClaimCompatibility');
    query.throwIfInvalid();

    const { from, to } = resolveDateWindow(bounds);
    const matches: { record: Readonly<SandboxProductOrder>; at: number }[] = [];

    for (const record of store.records()) {
      const at = rangeInstant(record, rangeType);
      const claimStatus = record.currentClaim?.claimStatus;
      const isMatch =
        at !== undefined &&
        at >= from &&
        at <= to &&
        (statuses === undefined || statuses.includes(record.productOrderStatus)) &&
        (claimStatuses === undefined ||
          (claimStatus !== undefined && claimStatuses.includes(claimStatus))) &&
        (placeOrderStatus === undefined || record.placeOrderStatus === placeOrderStatus) &&
        (fulfillment === undefined || record.fulfillment === fulfillment);

      if (isMatch) {
        matches.push({ record, at });
      }
    }

    matches.sort(
      (left, right) =>
        left.at - right.at || (left.record.productOrderId < right.record.productOrderId ? -1 : 1),
    );

    const start = (page - 1) * pageSize;
    const contents = matches.slice(start, start + pageSize).map(({ record }) => {
      const productOrderId = JSON.stringify(record.productOrderId);

      return `{"productOrderId":${productOrderId},"content":${store.detailJson(record)}}`;
    });
    const pagination = { page, size: pageSize, hasNext: matches.length > start + pageSize };

    return new RawJson(
      `{"contents":${rawJsonArray(contents).json},"pagination":${JSON.stringify(pagination)}}`,
    );
  },
};
