import { TransitionDetails, TransitionName } from './product-order-transitions';
import { COURIER_CODES } from './sandbox-couriers';
import {
  ClaimReason,
  ClaimStatus,
  DelayedDispatchReason,
  DeliveryMethod,
  HoldbackReason,
  OUTBOUND_DELIVERY_METHODS,
} from './sandbox-enums';
import { SandboxClaim, SandboxProductOrder, SandboxShippingAddress } from './sandbox-records';

/**
 * What sellers (the write operations #5–#19) and simulated buyers and systems may do to a
 * product order: each action checks its preconditions and names the transitions of
 * product-order-transitions.ts it then applies. The state machine is reference section 6; the
 * codes of a refusal follow 6.6:
 * - 104442: the product order's status does not allow the action;
 * - 104443: 발주 확인 (placeOrderStatus) does not allow it;
 * - 105306: the product order is already where the action would take it;
 * - 104417: an exchange that is not collected cannot be re-delivered;
 * - 104105, 104116–104122, 104133: the request does not fit this product order;
 * - 104131 (a repeated id) is the batch routes' own.
 */

export type RefusalCode =
  | '100001'
  | '104105'
  | '104116'
  | '104117'
  | '104118'
  | '104119'
  | '104120'
  | '104121'
  | '104122'
  | '104131'
  | '104133'
  | '104417'
  | '104442'
  | '104443'
  | '105306';

/** Why a product order cannot take an action: the upstream's code and, for people, why. */
export class Refusal {
  constructor(
    public readonly code: RefusalCode,
    public readonly reason: string,
  ) {}
}

/** What an action reads besides the product order itself. */
export interface ActionContext {
  /** The sandbox clock. */
  now: number;
  /** Product orders whose shipment (or re-delivery) used this courier and tracking number. */
  shipmentsWith(company: string, trackingNumber: string): readonly SandboxProductOrder[];
  newClaimId(): string;
}

export type TransitionStep = {
  [Name in TransitionName]: { name: Name; details: TransitionDetails[Name] };
}[TransitionName];

export interface ProductOrderAction<Input> {
  /** Why the product order cannot take the action now, or undefined when it can. */
  refusal(record: SandboxProductOrder, input: Input, context: ActionContext): Refusal | undefined;
  /** The transitions to apply, in order, once the action is allowed. */
  steps(record: SandboxProductOrder, input: Input, context: ActionContext): TransitionStep[];
}

type NoInput = undefined;

export interface ShipmentInput {
  deliveryMethod: DeliveryMethod;
  deliveryCompany?: string;
  trackingNumber?: string;
}

export interface DispatchInput extends ShipmentInput {
  dispatchDate: number;
}

export interface DelayInput {
  dispatchDueDate: number;
  reason: DelayedDispatchReason;
  detailedReason: string;
}

export interface ClaimInput {
  reason: ClaimReason;
  detailedReason?: string;
  /** The remaining quantity when omitted; fewer makes a partial claim. */
  quantity?: number;
}

export interface CollectClaimInput extends ClaimInput {
  collectDeliveryMethod: DeliveryMethod;
  collectDeliveryCompany?: string;
  collectTrackingNumber?: string;
}

export interface HoldbackInput {
  reason: HoldbackReason;
  detailedReason: string;
  /** Extra return or exchange cost demanded from the buyer. */
  feeAmount?: number;
}

export interface RejectInput {
  reason: string;
}

/** [U] requestChannel values are not documented; the sandbox names who asked. */
const SELLER_CHANNEL = '판매자';
const BUYER_CHANNEL = '구매자';

/**
 * [U] How far a dispatch delay may move the due date is not published (104105 only says "out
 * of range"); the sandbox takes a date after now and at most 90 days after payment.
 */
const MAX_DISPATCH_DUE_AFTER_PAYMENT_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * [U] The upstream checks tracking numbers per courier and publishes no format. The sandbox
 * refuses (104122) anything but letters, digits and dashes, and, for the big domestic parcel
 * couriers, anything but 10 to 14 digits (dashes allowed), which is what their numbers are.
 */
const TRACKING_NUMBER = /^[0-9A-Za-z-]{1,50}$/;
const DOMESTIC_TRACKING_NUMBER = /^(?:\d-?){9,13}\d$/;
const DOMESTIC_PARCEL_COURIERS: ReadonlySet<string> = new Set([
  'CJGLS',
  'HYUNDAI',
  'HANJIN',
  'KGB',
  'EPOST',
  'KDEXP',
  'DAESIN',
  'ILYANG',
  'CHUNIL',
]);

const FINAL_CLAIM_STATUSES: ReadonlySet<ClaimStatus> = new Set<ClaimStatus>([
  'CANCEL_DONE',
  'CANCEL_REJECT',
  'RETURN_DONE',
  'RETURN_REJECT',
  'EXCHANGE_DONE',
  'EXCHANGE_REJECT',
  'ADMIN_CANCEL_DONE',
  'ADMIN_CANCEL_REJECT',
]);

const COLLECT_STATUSES: readonly ClaimStatus[] = ['COLLECTING', 'COLLECT_DONE'];
const OPEN_RETURN: readonly ClaimStatus[] = ['RETURN_REQUEST', ...COLLECT_STATUSES];
const OPEN_EXCHANGE: readonly ClaimStatus[] = ['EXCHANGE_REQUEST', ...COLLECT_STATUSES];

/** The claim in progress, if the latest claim has not reached a final status. */
export function openClaimOf(record: SandboxProductOrder): SandboxClaim | undefined {
  const claim = record.currentClaim;

  return claim !== undefined && !FINAL_CLAIM_STATUSES.has(claim.claimStatus) ? claim : undefined;
}

/** E.g. `PAYED (placeOrderStatus OK), claim CANCEL CANCEL_REQUEST`, for refusal messages. */
export function describeState(record: SandboxProductOrder): string {
  const claim = record.currentClaim;
  const status = `${record.productOrderStatus} (placeOrderStatus ${record.placeOrderStatus})`;

  if (claim === undefined) {
    return `${status}, no claim`;
  }

  const holdback = claim.holdback === undefined ? '' : `, ${claim.holdback.holdbackStatus}`;

  return `${status}, claim ${claim.claimType} ${claim.claimStatus}${holdback}`;
}

function step<Name extends TransitionName>(
  name: Name,
  details: TransitionDetails[Name],
): TransitionStep {
  return { name, details } as TransitionStep;
}

function refuse(code: RefusalCode, expected: string, record: SandboxProductOrder): Refusal {
  return new Refusal(code, `${expected}; it is ${describeState(record)}`);
}

function claimIs(
  claim: SandboxClaim | undefined,
  claimType: SandboxClaim['claimType'],
  statuses: readonly ClaimStatus[],
): boolean {
  return claim?.claimType === claimType && statuses.includes(claim.claimStatus);
}

function isOnHoldback(claim: SandboxClaim | undefined): boolean {
  return claim?.holdback?.holdbackStatus === 'HOLDBACK';
}

function quantityRefusal(record: SandboxProductOrder, quantity?: number): Refusal | undefined {
  if (quantity === undefined || quantity <= record.remainQuantity) {
    return undefined;
  }

  // [U] No code is published for this; 104133 ("bad request") is the general one.
  return refuse('104133', `the claim asks for ${quantity}, more than what remains`, record);
}

/**
 * 104116–104122 for a shipment (#7, #16). Only a parcel (DELIVERY) carries a courier and a
 * tracking number; other outbound methods need neither. A tracking number may be shared within
 * one package (합포장) but not with another package's shipment (104121).
 */
function shipmentRefusal(
  record: SandboxProductOrder,
  shipment: ShipmentInput,
  context: ActionContext,
): Refusal | undefined {
  const { deliveryMethod, deliveryCompany, trackingNumber } = shipment;

  // Every sandbox product ships, so a "no delivery" shipment must change method (104116).
  if (deliveryMethod === 'NOTHING') {
    return new Refusal('104116', 'NOTHING (배송 없음) does not fit a product that ships');
  }

  if (!OUTBOUND_DELIVERY_METHODS.includes(deliveryMethod)) {
    return new Refusal('104117', `${deliveryMethod} brings goods back; it cannot send them`);
  }

  if (deliveryMethod !== 'DELIVERY') {
    return undefined;
  }

  if (deliveryCompany === undefined) {
    return new Refusal('104118', 'a DELIVERY shipment needs a courier');
  }

  if (!COURIER_CODES.has(deliveryCompany)) {
    return new Refusal('104119', `${deliveryCompany} is no courier code`);
  }

  if (trackingNumber === undefined || trackingNumber === '') {
    return new Refusal('104120', 'a DELIVERY shipment needs a tracking number');
  }

  const isValid =
    TRACKING_NUMBER.test(trackingNumber) &&
    (!DOMESTIC_PARCEL_COURIERS.has(deliveryCompany) ||
      DOMESTIC_TRACKING_NUMBER.test(trackingNumber));

  if (!isValid) {
    return new Refusal('104122', `${trackingNumber} is no ${deliveryCompany} tracking number`);
  }

  const user = context
    .shipmentsWith(deliveryCompany, trackingNumber)
    .find((other) => other.packageNumber !== record.packageNumber);

  if (user !== undefined) {
    return new Refusal('104121', `${trackingNumber} already ships ${user.productOrderId}`);
  }

  return undefined;
}

function shipmentDetails(shipment: ShipmentInput): TransitionDetails['dispatch'] {
  return {
    deliveryMethod: shipment.deliveryMethod,
    deliveryCompany: shipment.deliveryCompany,
    trackingNumber: shipment.trackingNumber,
  };
}

/** A cancel may open on an unpaid or paid product order that has not shipped (6.2 C1, C6). */
function cancelRefusal(record: SandboxProductOrder, quantity?: number): Refusal | undefined {
  const claim = record.currentClaim;

  if (record.productOrderStatus === 'CANCELED' && claim?.claimStatus === 'CANCEL_DONE') {
    return refuse('105306', 'the product order is cancelled already', record);
  }

  const isBeforeDispatch = ['PAYMENT_WAITING', 'PAYED'].includes(record.productOrderStatus);

  if (!isBeforeDispatch || openClaimOf(record) !== undefined) {
    return refuse('104442', 'a cancel needs an undispatched order without open claim', record);
  }

  return quantityRefusal(record, quantity);
}

/** Returns and exchanges open on delivered goods not yet decided (6.3 R1, 6.4 E1). */
function collectClaimRefusal(
  record: SandboxProductOrder,
  claimType: 'RETURN' | 'EXCHANGE',
  quantity?: number,
): Refusal | undefined {
  const open = openClaimOf(record);

  if (open?.claimType === claimType) {
    return refuse('105306', `a ${claimType} claim is open already`, record);
  }

  const isDelivered = ['DELIVERING', 'DELIVERED'].includes(record.productOrderStatus);

  if (!isDelivered || open !== undefined) {
    const expected = `a ${claimType} needs DELIVERING or DELIVERED goods without open claim`;

    return refuse('104442', expected, record);
  }

  return quantityRefusal(record, quantity);
}

function claimDetails(
  input: ClaimInput,
  context: ActionContext,
  requestChannel: string,
): TransitionDetails['requestCancel'] {
  return {
    claimId: context.newClaimId(),
    reason: input.reason,
    detailedReason: input.detailedReason,
    requestChannel,
    requestQuantity: input.quantity,
  };
}

function collectClaimDetails(
  input: CollectClaimInput,
  context: ActionContext,
  requestChannel: string,
): TransitionDetails['requestReturn'] {
  return {
    ...claimDetails(input, context, requestChannel),
    collectDeliveryMethod: input.collectDeliveryMethod,
    collectDeliveryCompany: input.collectDeliveryCompany,
    collectTrackingNumber: input.collectTrackingNumber,
  };
}

/** Holdback and release of an open return or an exchange not yet re-delivered (6.3, 6.4). */
function holdbackActions(claimType: 'RETURN' | 'EXCHANGE') {
  const openStatuses = claimType === 'RETURN' ? OPEN_RETURN : OPEN_EXCHANGE;
  const holdback: ProductOrderAction<HoldbackInput> = {
    refusal(record) {
      const claim = record.currentClaim;

      if (!claimIs(claim, claimType, openStatuses)) {
        return refuse('104442', `a holdback needs an open ${claimType}`, record);
      }

      if (isOnHoldback(claim)) {
        return refuse('105306', `the ${claimType} is on holdback already`, record);
      }

      return undefined;
    },
    steps: (_record, input) => [
      step('holdbackClaim', {
        reason: input.reason,
        detailedReason: input.detailedReason,
        etcFeeDemandAmount: input.feeAmount,
      }),
    ],
  };
  const release: ProductOrderAction<NoInput> = {
    refusal(record) {
      const claim = record.currentClaim;

      if (!claimIs(claim, claimType, openStatuses) || claim?.holdback === undefined) {
        return refuse('104442', `a release needs an open ${claimType} held back`, record);
      }

      if (!isOnHoldback(claim)) {
        return refuse('105306', `the ${claimType} holdback is released already`, record);
      }

      return undefined;
    },
    steps: () => [step('releaseHoldback', {})],
  };

  return { holdback, release };
}

/** A claim of this type whose status is final already (105306 for a second close). */
function isClosedAs(record: SandboxProductOrder, status: ClaimStatus): boolean {
  return record.currentClaim?.claimStatus === status;
}

const returnHoldback = holdbackActions('RETURN');
const exchangeHoldback = holdbackActions('EXCHANGE');

/** The seller's writes (#5–#19), keyed by the operation that performs each. */
export const SELLER_ACTIONS = {
  confirmProductOrders: {
    refusal(record) {
      if (record.productOrderStatus === 'PAYED' && record.placeOrderStatus === 'OK') {
        return refuse('105306', '발주 확인 is done already', record);
      }

      if (record.productOrderStatus !== 'PAYED' || openClaimOf(record) !== undefined) {
        return refuse('104442', '발주 확인 needs a PAYED order without open claim', record);
      }

      if (record.placeOrderStatus !== 'NOT_YET') {
        return refuse('104443', '발주 확인 needs placeOrderStatus NOT_YET', record);
      }

      return undefined;
    },
    steps: () => [step('confirmPlaceOrder', {})],
  } satisfies ProductOrderAction<NoInput>,

  delayDispatch: {
    refusal(record, input, { now }) {
      if (record.productOrderStatus !== 'PAYED' || openClaimOf(record) !== undefined) {
        return refuse('104442', 'a delay needs a PAYED order without open claim', record);
      }

      const paidAt = record.order.paymentDate ?? now;
      const latest = paidAt + MAX_DISPATCH_DUE_AFTER_PAYMENT_MS;

      if (input.dispatchDueDate <= now || input.dispatchDueDate > latest) {
        return refuse('104105', 'the new due date must be after now, ≤ 90 days of payment', record);
      }

      return undefined;
    },
    steps: (_record, input) => [
      step('delayDispatch', {
        dispatchDueDate: input.dispatchDueDate,
        reason: input.reason,
        detailedReason: input.detailedReason,
      }),
    ],
  } satisfies ProductOrderAction<DelayInput>,

  /**
   * 발송 처리 (6.1 N6). [U] 발주 확인 must come first (104443), which is Naver's normal flow.
   * Dispatching a product order whose buyer asked to cancel withdraws the cancel (6.2 C4).
   */
  dispatchProductOrders: {
    refusal(record, input, context) {
      const problem = shipmentRefusal(record, input, context);
      const open = openClaimOf(record);

      if (problem !== undefined) {
        return problem;
      }

      if (record.productOrderStatus === 'DELIVERING' && open === undefined) {
        return refuse('105306', 'the product order is dispatched already', record);
      }

      const isCancelRequested = open?.claimStatus === 'CANCEL_REQUEST';

      if (record.productOrderStatus !== 'PAYED' || (open !== undefined && !isCancelRequested)) {
        return refuse('104442', 'dispatch needs a PAYED order without open claim', record);
      }

      if (record.placeOrderStatus !== 'OK') {
        return refuse('104443', 'dispatch needs 발주 확인 first', record);
      }

      return undefined;
    },
    steps(record, input) {
      const shipment = { ...shipmentDetails(input), sendDate: input.dispatchDate };
      const dispatch = step('dispatch', shipment);

      if (openClaimOf(record)?.claimStatus !== 'CANCEL_REQUEST') {
        return [dispatch];
      }

      return [step('withdrawCancel', { reason: '판매자가 상품을 발송하였습니다.' }), dispatch];
    },
  } satisfies ProductOrderAction<DispatchInput>,

  /** 판매 취소 (6.2 C6): processed at once, whole or partial. */
  requestCancel: {
    refusal: (record, input) => cancelRefusal(record, input.quantity),
    steps: (_record, input, context) => [
      step('requestCancel', {
        ...claimDetails(input, context, SELLER_CHANNEL),
        awaitsApproval: false,
      }),
      step('completeCancel', {}),
    ],
  } satisfies ProductOrderAction<ClaimInput>,

  approveCancel: {
    refusal(record) {
      if (claimIs(record.currentClaim, 'CANCEL', ['CANCEL_REQUEST'])) {
        return undefined;
      }

      if (isClosedAs(record, 'CANCEL_DONE')) {
        return refuse('105306', 'the cancel is done already', record);
      }

      return refuse('104442', 'approving needs a cancel in CANCEL_REQUEST', record);
    },
    steps: () => [step('completeCancel', {})],
  } satisfies ProductOrderAction<NoInput>,

  requestReturn: {
    refusal: (record, input) => collectClaimRefusal(record, 'RETURN', input.quantity),
    steps: (_record, input, context) => [
      step('requestReturn', collectClaimDetails(input, context, SELLER_CHANNEL)),
    ],
  } satisfies ProductOrderAction<CollectClaimInput>,

  /** 반품 승인 (6.3 R6). [U] Refused while on holdback: the holdback blocks the refund. */
  approveReturn: {
    refusal(record) {
      const claim = record.currentClaim;

      if (isClosedAs(record, 'RETURN_DONE')) {
        return refuse('105306', 'the return is done already', record);
      }

      if (!claimIs(claim, 'RETURN', OPEN_RETURN)) {
        return refuse('104442', 'approving needs an open return', record);
      }

      if (isOnHoldback(claim)) {
        return refuse('104442', 'the return is on holdback; release it first', record);
      }

      return undefined;
    },
    steps: () => [step('completeReturn', {})],
  } satisfies ProductOrderAction<NoInput>,

  rejectReturn: {
    refusal(record) {
      if (isClosedAs(record, 'RETURN_REJECT')) {
        return refuse('105306', 'the return is rejected already', record);
      }

      if (!claimIs(record.currentClaim, 'RETURN', OPEN_RETURN)) {
        return refuse('104442', 'rejecting needs an open return', record);
      }

      return undefined;
    },
    steps: (_record, input) => [step('rejectReturn', { reason: input.reason })],
  } satisfies ProductOrderAction<RejectInput>,

  holdbackReturn: returnHoldback.holdback,
  releaseReturnHoldback: returnHoldback.release,

  /** 교환 수거 완료 (6.4 E3): also on holdback, which only blocks the re-delivery. */
  completeExchangeCollect: {
    refusal(record) {
      const claim = record.currentClaim;

      if (claimIs(claim, 'EXCHANGE', ['COLLECT_DONE'])) {
        return refuse('105306', 'the exchange is collected already', record);
      }

      if (!claimIs(claim, 'EXCHANGE', ['EXCHANGE_REQUEST', 'COLLECTING'])) {
        return refuse('104442', 'collecting needs an exchange being requested', record);
      }

      return undefined;
    },
    steps: () => [step('completeCollect', {})],
  } satisfies ProductOrderAction<NoInput>,

  /**
   * 교환 재배송 (6.4 E5): only a collected exchange (104417 otherwise); [U] a holdback blocks it
   * like it blocks a return's approval (104442).
   */
  redeliverExchange: {
    refusal(record, input, context) {
      const claim = record.currentClaim;
      const problem = shipmentRefusal(record, input, context);

      if (problem !== undefined) {
        return problem;
      }

      if (claimIs(claim, 'EXCHANGE', ['EXCHANGE_REDELIVERING'])) {
        return refuse('105306', 'the exchange is being re-delivered already', record);
      }

      if (claim?.claimType !== 'EXCHANGE') {
        return refuse('104442', 're-delivery needs an exchange', record);
      }

      if (claim.claimStatus !== 'COLLECT_DONE') {
        return refuse('104417', 're-delivery needs the exchange collected (COLLECT_DONE)', record);
      }

      if (isOnHoldback(claim)) {
        return refuse('104442', 'the exchange is on holdback; release it first', record);
      }

      return undefined;
    },
    steps: (_record, input) => [step('redeliverExchange', shipmentDetails(input))],
  } satisfies ProductOrderAction<ShipmentInput>,

  rejectExchange: {
    refusal(record) {
      if (isClosedAs(record, 'EXCHANGE_REJECT')) {
        return refuse('105306', 'the exchange is rejected already', record);
      }

      if (!claimIs(record.currentClaim, 'EXCHANGE', OPEN_EXCHANGE)) {
        return refuse('104442', 'rejecting needs an exchange not yet re-delivered', record);
      }

      return undefined;
    },
    steps: (_record, input) => [step('rejectExchange', { reason: input.reason })],
  } satisfies ProductOrderAction<RejectInput>,

  holdbackExchange: exchangeHoldback.holdback,
  releaseExchangeHoldback: exchangeHoldback.release,
};

/** What a buyer or the platform (courier tracking, timers) does, for the sandbox's test hooks. */
export const ACTOR_ACTIONS = {
  /** Before 발주 확인 the cancel completes at once (6.2 C1); after it, it waits (C2). */
  buyerRequestsCancel: {
    refusal: (record, input) => cancelRefusal(record, input.quantity),
    steps(record, input, context) {
      const awaitsApproval =
        record.productOrderStatus === 'PAYED' && record.placeOrderStatus === 'OK';
      const request = step('requestCancel', {
        ...claimDetails(input, context, BUYER_CHANNEL),
        awaitsApproval,
      });

      return awaitsApproval ? [request] : [request, step('completeCancel', {})];
    },
  } satisfies ProductOrderAction<ClaimInput>,

  buyerWithdrawsCancel: {
    refusal(record) {
      if (claimIs(record.currentClaim, 'CANCEL', ['CANCEL_REQUEST'])) {
        return undefined;
      }

      return refuse('104442', 'withdrawing needs a cancel in CANCEL_REQUEST', record);
    },
    steps: () => [step('withdrawCancel', { reason: '구매자가 취소 요청을 철회하였습니다.' })],
  } satisfies ProductOrderAction<NoInput>,

  buyerRequestsReturn: {
    refusal: (record, input) => collectClaimRefusal(record, 'RETURN', input.quantity),
    steps: (_record, input, context) => [
      step('requestReturn', collectClaimDetails(input, context, BUYER_CHANNEL)),
    ],
  } satisfies ProductOrderAction<CollectClaimInput>,

  buyerRequestsExchange: {
    refusal: (record, input) => collectClaimRefusal(record, 'EXCHANGE', input.quantity),
    steps: (_record, input, context) => [
      step('requestExchange', collectClaimDetails(input, context, BUYER_CHANNEL)),
    ],
  } satisfies ProductOrderAction<CollectClaimInput>,

  pickupStarted: {
    refusal(record) {
      const claim = record.currentClaim;

      if (claimIs(claim, 'RETURN', ['RETURN_REQUEST'])) {
        return undefined;
      }

      if (claimIs(claim, 'EXCHANGE', ['EXCHANGE_REQUEST'])) {
        return undefined;
      }

      return refuse('104442', 'a pickup needs a return or exchange just requested', record);
    },
    steps: () => [step('startCollect', {})],
  } satisfies ProductOrderAction<NoInput>,

  /** Also straight from the request: a buyer may bring the goods back without a pickup. */
  goodsCollected: {
    refusal(record) {
      const claim = record.currentClaim;
      const isCollectable =
        claimIs(claim, 'RETURN', ['RETURN_REQUEST', 'COLLECTING']) ||
        claimIs(claim, 'EXCHANGE', ['EXCHANGE_REQUEST', 'COLLECTING']);

      return isCollectable
        ? undefined
        : refuse('104442', 'collecting needs a return or exchange not yet collected', record);
    },
    steps: () => [step('completeCollect', {})],
  } satisfies ProductOrderAction<NoInput>,

  deliveryCompleted: {
    refusal(record) {
      return record.productOrderStatus === 'DELIVERING'
        ? undefined
        : refuse('104442', 'delivery completes only what is DELIVERING', record);
    },
    steps: () => [step('markDelivered', {})],
  } satisfies ProductOrderAction<NoInput>,

  exchangeRedeliveryCompleted: {
    refusal(record) {
      return claimIs(record.currentClaim, 'EXCHANGE', ['EXCHANGE_REDELIVERING'])
        ? undefined
        : refuse('104442', 'this needs an exchange in EXCHANGE_REDELIVERING', record);
    },
    steps: () => [step('completeExchange', {})],
  } satisfies ProductOrderAction<NoInput>,

  /** [U] 6.1 N8: from DELIVERED, DELIVERING (a buyer may decide early) or EXCHANGED. */
  purchaseDecided: {
    refusal(record) {
      const isDecidable = ['DELIVERING', 'DELIVERED', 'EXCHANGED'].includes(
        record.productOrderStatus,
      );

      return isDecidable && openClaimOf(record) === undefined
        ? undefined
        : refuse('104442', 'deciding needs delivered goods without open claim', record);
    },
    steps: () => [step('decidePurchase', {})],
  } satisfies ProductOrderAction<NoInput>,

  /** 6.1 N9: before dispatch, without a claim in progress. */
  buyerChangesAddress: {
    refusal(record) {
      const isBeforeDispatch = ['PAYMENT_WAITING', 'PAYED'].includes(record.productOrderStatus);

      return isBeforeDispatch && openClaimOf(record) === undefined
        ? undefined
        : refuse('104442', 'an address change needs an undispatched order', record);
    },
    steps: (_record, address) => [step('changeShippingAddress', { address })],
  } satisfies ProductOrderAction<SandboxShippingAddress>,
};
