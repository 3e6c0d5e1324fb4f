/**
 * Upstream code values the sandbox speaks (reference section 5). The sandbox keeps its own copy
 * rather than importing the gateway's enums: it plays the upstream, so a misspelt value on the
 * gateway side must show up as a mismatch in tests instead of being shared by both ends.
 */

export const PRODUCT_ORDER_STATUSES = [
  'PAYMENT_WAITING',
  'PAYED',
  'DELIVERING',
  'DELIVERED',
  'PURCHASE_DECIDED',
  'EXCHANGED',
  'CANCELED',
  'RETURNED',
  'CANCELED_BY_NOPAYMENT',
] as const;
export type ProductOrderStatus = (typeof PRODUCT_ORDER_STATUSES)[number];

export const CLAIM_TYPES = [
  'CANCEL',
  'RETURN',
  'EXCHANGE',
  'PURCHASE_DECISION_HOLDBACK',
  'ADMIN_CANCEL',
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const CLAIM_STATUSES = [
  'CANCEL_REQUEST',
  'CANCELING',
  'CANCEL_DONE',
  'CANCEL_REJECT',
  'RETURN_REQUEST',
  'EXCHANGE_REQUEST',
  'COLLECTING',
  'COLLECT_DONE',
  'EXCHANGE_REDELIVERING',
  'RETURN_DONE',
  'EXCHANGE_DONE',
  'RETURN_REJECT',
  'EXCHANGE_REJECT',
  'PURCHASE_DECISION_HOLDBACK',
  'PURCHASE_DECISION_REQUEST',
  'PURCHASE_DECISION_HOLDBACK_RELEASE',
  'ADMIN_CANCELING',
  'ADMIN_CANCEL_DONE',
  'ADMIN_CANCEL_REJECT',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const PLACE_ORDER_STATUSES = ['NOT_YET', 'OK', 'CANCEL'] as const;
export type PlaceOrderStatus = (typeof PLACE_ORDER_STATUSES)[number];

/** Note the upstream spells `PAY_WAITING` here but `PAYMENT_WAITING` in the status enum. */
export const LAST_CHANGED_TYPES = [
  'PAY_WAITING',
  'PAYED',
  'EXCHANGE_OPTION',
  'DELIVERY_ADDRESS_CHANGED',
  'GIFT_RECEIVED',
  'CLAIM_REJECTED',
  'DISPATCHED',
  'CLAIM_REQUESTED',
  'COLLECT_DONE',
  'CLAIM_COMPLETED',
  'PURCHASE_DECIDED',
  'HOPE_DELIVERY_INFO_CHANGED',
  'CLAIM_REDELIVERING',
] as const;
export type LastChangedType = (typeof LAST_CHANGED_TYPES)[number];

export const RANGE_TYPES = [
  'PAYED_DATETIME',
  'ORDERED_DATETIME',
  'DISPATCHED_DATETIME',
  'PURCHASE_DECIDED_DATETIME',
  'CLAIM_REQUESTED_DATETIME',
  'CLAIM_COMPLETED_DATETIME',
  'COLLECT_COMPLETED_DATETIME',
  'GIFT_RECEIVED_DATETIME',
  'HOPE_DELIVERY_INFO_CHANGED_DATETIME',
] as const;
export type RangeType = (typeof RANGE_TYPES)[number];

export const DELIVERY_METHODS = [
  'DELIVERY',
  'GDFW_ISSUE_SVC',
  'VISIT_RECEIPT',
  'DIRECT_DELIVERY',
  'QUICK_SVC',
  'NOTHING',
  'RETURN_DESIGNATED',
  'RETURN_DELIVERY',
  'RETURN_INDIVIDUAL',
  'RETURN_MERCHANT',
  'UNKNOWN',
] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** The methods that send goods out (dispatch, re-delivery); the others bring goods back. */
export const OUTBOUND_DELIVERY_METHODS: readonly DeliveryMethod[] = [
  'DELIVERY',
  'GDFW_ISSUE_SVC',
  'VISIT_RECEIPT',
  'DIRECT_DELIVERY',
  'QUICK_SVC',
  'NOTHING',
];

export const DELAYED_DISPATCH_REASONS = [
  'PRODUCT_PREPARE',
  'CUSTOMER_REQUEST',
  'CUSTOM_BUILD',
  'RESERVED_DISPATCH',
  'OVERSEA_DELIVERY',
  'ETC',
] as const;
export type DelayedDispatchReason = (typeof DELAYED_DISPATCH_REASONS)[number];

export type DeliveryStatus =
  | 'COLLECT_REQUEST'
  | 'COLLECT_WAIT'
  | 'COLLECT_CARGO'
  | 'DELIVERY_COMPLETION'
  | 'DELIVERING'
  | 'DELIVERY_FAIL'
  | 'WRONG_INVOICE'
  | 'COLLECT_CARGO_FAIL'
  | 'COLLECT_CARGO_CANCEL'
  | 'NOT_TRACKING';

export type CollectStatus =
  | 'NOT_REQUESTED'
  | 'COLLECT_REQUEST_TO_AGENT'
  | 'COLLECT_REQUEST_TO_DELIVERY_COMPANY'
  | 'COLLECT_WAITING'
  | 'DELIVERING'
  | 'DELIVERED'
  | 'DELIVERY_FAILED'
  | 'COLLECT_FAILED'
  | 'WRONG_INVOICE'
  | 'COLLECT_CANCELED';

export type HoldbackStatus = 'HOLDBACK' | 'RELEASED';

/** Reference 5.11; the misspelt `EXTRAFEEE` is the upstream's own. */
export const HOLDBACK_REASONS = [
  'RETURN_DELIVERYFEE',
  'EXTRAFEEE',
  'RETURN_DELIVERYFEE_AND_EXTRAFEEE',
  'RETURN_PRODUCT_NOT_DELIVERED',
  'ETC',
  'EXCHANGE_DELIVERYFEE',
  'EXCHANGE_EXTRAFEE',
  'EXCHANGE_PRODUCT_READY',
  'EXCHANGE_PRODUCT_NOT_DELIVERED',
  'EXCHANGE_HOLDBACK',
  'SELLER_CONFIRM_NEED',
  'PURCHASER_CONFIRM_NEED',
  'SELLER_REMIT',
  'ETC2',
] as const;
export type HoldbackReason = (typeof HOLDBACK_REASONS)[number];

/** The reasons a seller may give for a cancel (#8 `cancelReason`, reference 5.8). */
export const REQUEST_CANCEL_REASONS = [
  'INTENT_CHANGED',
  'COLOR_AND_SIZE',
  'WRONG_ORDER',
  'PRODUCT_UNSATISFIED',
  'DELAYED_DELIVERY',
  'SOLD_OUT',
  'INCORRECT_INFO',
] as const;

/** The reasons a seller may give for a return (#10 `returnReason`, reference 5.9). */
export const REQUEST_RETURN_REASONS = [
  'INTENT_CHANGED',
  'COLOR_AND_SIZE',
  'WRONG_ORDER',
  'PRODUCT_UNSATISFIED',
  'DELAYED_DELIVERY',
  'SOLD_OUT',
  'DROPPED_DELIVERY',
  'BROKEN',
  'INCORRECT_INFO',
  'WRONG_DELIVERY',
  'WRONG_OPTION',
] as const;

/** Only the reasons the sandbox produces; the full list is in reference 5.10. */
export type ClaimReason =
  | 'INTENT_CHANGED'
  | 'COLOR_AND_SIZE'
  | 'WRONG_ORDER'
  | 'PRODUCT_UNSATISFIED'
  | 'DELAYED_DELIVERY'
  | 'SOLD_OUT'
  | 'DROPPED_DELIVERY'
  | 'BROKEN'
  | 'INCORRECT_INFO'
  | 'WRONG_DELIVERY'
  | 'WRONG_OPTION'
  | 'SIMPLE_INTENT_CHANGED';

export type PaymentMeans =
  | '신용카드'
  | '신용카드 간편결제'
  | '휴대폰'
  | '휴대폰 간편결제'
  | '계좌 간편결제'
  | '무통장입금'
  | '포인트/머니결제'
  | '패밀리결제'
  | '후불결제';

export type TaxType = 'TAXATION' | 'TAX_EXEMPTION' | 'TAX_FREE';
