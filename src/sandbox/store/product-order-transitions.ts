import {
  ClaimReason,
  ClaimType,
  DelayedDispatchReason,
  DeliveryMethod,
  HoldbackReason,
  LastChangedType,
} from './sandbox-enums';
import { SANDBOX_MERCHANT } from './sandbox-merchant';
import { SandboxClaim, SandboxProductOrder, SandboxShippingAddress } from './sandbox-records';

/**
 * The state changes of a product order (reference section 6), as one table. The generator
 * walks orders through them to reach each state, and the write operations and simulated actors
 * (product-order-actions.ts) call the same entries once their preconditions hold; the entries
 * themselves check nothing.
 *
 * `reports` says what the change does to lastChangedDate/lastChangedType, which is what #1
 * (last-changed-statuses) shows:
 * - a LastChangedType: both move;
 * - 'sameType': the enum has no value for the change (delivered, pickup started, unpaid cancel,
 *   발주 확인, 발송 지연, holdbacks), so only the date moves and #1 lists the product order again
 *   under its previous type. [U] Reference 4.5 guesses #1 leaves 발주 확인 out altogether; the
 *   sandbox follows the simulator rule of 6.6 instead (every change moves lastChangedDate), so a
 *   poller of #1 notices the change and reads the new state through #2.
 */
export type LastChangeReport = LastChangedType | 'sameType';

type NoDetails = Record<string, never>;

export interface ClaimRequestDetails {
  claimId: string;
  reason: ClaimReason;
  detailedReason?: string;
  requestChannel: string;
  /** The remaining quantity when omitted; a smaller count makes a partial claim. */
  requestQuantity?: number;
}

export interface CancelRequestDetails extends ClaimRequestDetails {
  /**
   * Whether the cancel waits for the seller's approval (CANCEL_REQUEST) or is processed at once
   * (CANCELING). Defaults to the buyer's rule: it waits once 발주 확인 is done (6.2 C1, C2).
   */
  awaitsApproval?: boolean;
}

export interface CollectRequestDetails extends ClaimRequestDetails {
  collectDeliveryMethod: DeliveryMethod;
  collectDeliveryCompany?: string;
  collectTrackingNumber?: string;
  claimDeliveryFeeDemandAmount?: number;
  claimDeliveryFeePayMeans?: string;
}

export interface ShipmentDetails {
  deliveryMethod: DeliveryMethod;
  deliveryCompany?: string;
  trackingNumber?: string;
  /** The seller's `dispatchDate`; the instant of the change when omitted. */
  sendDate?: number;
}

export interface DispatchDelayDetails {
  dispatchDueDate: number;
  reason: DelayedDispatchReason;
  detailedReason: string;
}

export interface ClaimRejectDetails {
  reason?: string;
}

export interface TransitionDetails {
  payment: NoDetails;
  cancelForNoPayment: NoDetails;
  confirmPlaceOrder: NoDetails;
  delayDispatch: DispatchDelayDetails;
  changeShippingAddress: { address: SandboxShippingAddress };
  dispatch: ShipmentDetails;
  markDelivered: NoDetails;
  decidePurchase: NoDetails;
  requestCancel: CancelRequestDetails;
  completeCancel: NoDetails;
  withdrawCancel: ClaimRejectDetails;
  requestReturn: CollectRequestDetails;
  requestExchange: CollectRequestDetails;
  startCollect: NoDetails;
  completeCollect: NoDetails;
  holdbackClaim: { reason: HoldbackReason; detailedReason: string; etcFeeDemandAmount?: number };
  releaseHoldback: NoDetails;
  completeReturn: NoDetails;
  rejectReturn: ClaimRejectDetails;
  redeliverExchange: ShipmentDetails;
  completeExchange: NoDetails;
  rejectExchange: ClaimRejectDetails;
}

export type TransitionName = keyof TransitionDetails;

interface Transition<Details> {
  reports: LastChangeReport;
  apply(record: SandboxProductOrder, at: number, details: Details): void;
}

/** 발송 기한: the upstream sets it from the merchant's policy; three days is a common one. */
const SHIPPING_DUE_AFTER_PAYMENT_MS = 3 * 24 * 60 * 60 * 1000;

/** The courier usually scans the parcel a few hours after the seller registers it. */
const PICKUP_AFTER_DISPATCH_MS = 3 * 60 * 60 * 1000;

export const PRODUCT_ORDER_TRANSITIONS: {
  [Name in TransitionName]: Transition<TransitionDetails[Name]>;
} = {
  payment: {
    reports: 'PAYED',
    apply(record, at) {
      record.order.paymentDate ??= at;
      record.productOrderStatus = 'PAYED';
      record.shippingDueDate = at + SHIPPING_DUE_AFTER_PAYMENT_MS;
    },
  },
  cancelForNoPayment: {
    reports: 'sameType',
    apply(record) {
      record.productOrderStatus = 'CANCELED_BY_NOPAYMENT';
      record.remainQuantity = 0;
    },
  },
  confirmPlaceOrder: {
    reports: 'sameType',
    apply(record, at) {
      record.placeOrderStatus = 'OK';
      record.placeOrderDate = at;
    },
  },
  delayDispatch: {
    reports: 'sameType',
    apply(record, _at, details) {
      record.shippingDueDate = details.dispatchDueDate;
      record.delayedDispatchReason = details.reason;
      record.delayedDispatchDetailedReason = details.detailedReason;
    },
  },
  changeShippingAddress: {
    reports: 'DELIVERY_ADDRESS_CHANGED',
    apply(record, _at, { address }) {
      record.shippingAddress = address;
      record.receiverAddressChanged = true;
    },
  },
  dispatch: {
    reports: 'DISPATCHED',
    apply(record, at, shipment) {
      const sendDate = shipment.sendDate ?? at;

      record.productOrderStatus = 'DELIVERING';
      record.delivery = {
        deliveryMethod: shipment.deliveryMethod,
        deliveryCompany: shipment.deliveryCompany,
        trackingNumber: shipment.trackingNumber,
        sendDate,
        pickupDate: sendDate + PICKUP_AFTER_DISPATCH_MS,
        deliveryStatus: 'DELIVERING',
      };
    },
  },
  markDelivered: {
    reports: 'sameType',
    apply(record, at) {
      record.productOrderStatus = 'DELIVERED';

      if (record.delivery !== undefined) {
        record.delivery.deliveredDate = at;
        record.delivery.deliveryStatus = 'DELIVERY_COMPLETION';
      }
    },
  },
  decidePurchase: {
    reports: 'PURCHASE_DECIDED',
    apply(record, at) {
      record.productOrderStatus = 'PURCHASE_DECIDED';
      record.decisionDate = at;
    },
  },
  requestCancel: {
    reports: 'CLAIM_REQUESTED',
    apply(record, at, details) {
      // Before 발주 확인 a buyer's cancel goes straight to processing (reference 6.2 C1, and the
      // doc example of an unpaid order in CANCELING); after it the seller has to approve (C2).
      const awaitsApproval = details.awaitsApproval ?? record.placeOrderStatus === 'OK';

      openClaim(record, 'CANCEL', awaitsApproval ? 'CANCEL_REQUEST' : 'CANCELING', at, details);
    },
  },
  completeCancel: {
    reports: 'CLAIM_COMPLETED',
    apply(record, at) {
      const claim = requireClaim(record);

      if (claim.claimStatus === 'CANCEL_REQUEST') {
        claim.approvalDate = at;
      }

      claim.claimStatus = 'CANCEL_DONE';
      claim.completedDate = at;
      claim.refundExpectedDate = at;
      closeClaim(record, claim);

      // A partial cancel leaves the rest of the line where it was (6.2 C6).
      if (record.remainQuantity === 0) {
        record.productOrderStatus = 'CANCELED';
      }
    },
  },
  withdrawCancel: {
    reports: 'CLAIM_REJECTED',
    apply(record, at, details) {
      rejectClaim(record, 'CANCEL_REJECT', at, details);
    },
  },
  requestReturn: {
    reports: 'CLAIM_REQUESTED',
    apply(record, at, details) {
      openCollectingClaim(record, 'RETURN', at, details);
    },
  },
  requestExchange: {
    reports: 'CLAIM_REQUESTED',
    apply(record, at, details) {
      openCollectingClaim(record, 'EXCHANGE', at, details);
    },
  },
  startCollect: {
    reports: 'sameType',
    apply(record) {
      const claim = requireClaim(record);

      claim.claimStatus = 'COLLECTING';

      if (claim.collect !== undefined) {
        claim.collect.collectStatus = 'DELIVERING';
      }
    },
  },
  completeCollect: {
    reports: 'COLLECT_DONE',
    apply(record, at) {
      const claim = requireClaim(record);

      claim.claimStatus = 'COLLECT_DONE';

      if (claim.collect !== undefined) {
        claim.collect.collectStatus = 'DELIVERED';
        claim.collect.collectCompletedDate = at;
      }
    },
  },
  holdbackClaim: {
    reports: 'sameType',
    apply(record, at, details) {
      requireClaim(record).holdback = {
        holdbackStatus: 'HOLDBACK',
        holdbackReason: details.reason,
        holdbackDetailedReason: details.detailedReason,
        holdbackConfigDate: at,
        etcFeeDemandAmount: details.etcFeeDemandAmount,
      };
    },
  },
  releaseHoldback: {
    reports: 'sameType',
    apply(record, at) {
      const holdback = requireClaim(record).holdback;

      if (holdback !== undefined) {
        holdback.holdbackStatus = 'RELEASED';
        holdback.holdbackReleaseDate = at;
      }
    },
  },
  completeReturn: {
    reports: 'CLAIM_COMPLETED',
    apply(record, at) {
      const claim = requireClaim(record);

      claim.claimStatus = 'RETURN_DONE';
      claim.completedDate = at;
      claim.refundExpectedDate = at;
      closeClaim(record, claim);

      // What was not returned stays delivered (or in delivery).
      if (record.remainQuantity === 0) {
        record.productOrderStatus = 'RETURNED';
      }
    },
  },
  rejectReturn: {
    reports: 'CLAIM_REJECTED',
    apply(record, at, details) {
      rejectClaim(record, 'RETURN_REJECT', at, details);
    },
  },
  redeliverExchange: {
    reports: 'CLAIM_REDELIVERING',
    apply(record, at, shipment) {
      const claim = requireClaim(record);

      claim.claimStatus = 'EXCHANGE_REDELIVERING';
      claim.redelivery = {
        reDeliveryMethod: shipment.deliveryMethod,
        reDeliveryCompany: shipment.deliveryCompany,
        reDeliveryTrackingNumber: shipment.trackingNumber,
        reDeliveryStatus: 'DELIVERING',
        reDeliveryAddress: record.shippingAddress,
        reDeliveryOperationDate: at,
      };
    },
  },
  completeExchange: {
    reports: 'CLAIM_COMPLETED',
    apply(record, at) {
      const claim = requireClaim(record);

      claim.claimStatus = 'EXCHANGE_DONE';
      claim.completedDate = at;

      if (claim.redelivery !== undefined) {
        claim.redelivery.reDeliveryStatus = 'DELIVERY_COMPLETION';
      }

      record.productOrderStatus = 'EXCHANGED';
      closeClaim(record, claim);
    },
  },
  rejectExchange: {
    reports: 'CLAIM_REJECTED',
    apply(record, at, details) {
      rejectClaim(record, 'EXCHANGE_REJECT', at, details);
    },
  },
};

/** Applies one state change and moves lastChangedDate/lastChangedType as the table says. */
export function applyTransition<Name extends TransitionName>(
  record: SandboxProductOrder,
  name: Name,
  at: number,
  details: TransitionDetails[Name],
): void {
  const transition: Transition<TransitionDetails[Name]> = PRODUCT_ORDER_TRANSITIONS[name];

  transition.apply(record, at, details);
  recordLastChange(record, transition.reports, at);
}

export function recordLastChange(
  record: SandboxProductOrder,
  report: LastChangeReport,
  at: number,
): void {
  record.lastChangedDate = at;

  if (report !== 'sameType') {
    record.lastChangedType = report;
  }
}

function openClaim(
  record: SandboxProductOrder,
  claimType: ClaimType,
  claimStatus: SandboxClaim['claimStatus'],
  at: number,
  details: ClaimRequestDetails,
): SandboxClaim {
  if (record.currentClaim?.claimType === 'EXCHANGE') {
    record.beforeExchangeClaim = record.currentClaim;
  }

  const claim: SandboxClaim = {
    claimType,
    claimId: details.claimId,
    claimStatus,
    claimRequestDate: at,
    requestChannel: details.requestChannel,
    requestQuantity: details.requestQuantity ?? record.remainQuantity,
    reason: details.reason,
    detailedReason: details.detailedReason,
  };

  record.currentClaim = claim;

  return claim;
}

function openCollectingClaim(
  record: SandboxProductOrder,
  claimType: 'RETURN' | 'EXCHANGE',
  at: number,
  details: CollectRequestDetails,
): void {
  const claimStatus = claimType === 'RETURN' ? 'RETURN_REQUEST' : 'EXCHANGE_REQUEST';
  const claim = openClaim(record, claimType, claimStatus, at, details);

  claim.claimDeliveryFeeDemandAmount = details.claimDeliveryFeeDemandAmount;
  claim.claimDeliveryFeePayMeans = details.claimDeliveryFeePayMeans;
  claim.collect = {
    collectAddress: record.shippingAddress,
    returnReceiveAddress: { ...SANDBOX_MERCHANT.warehouseAddress },
    collectDeliveryMethod: details.collectDeliveryMethod,
    collectDeliveryCompany: details.collectDeliveryCompany,
    collectTrackingNumber: details.collectTrackingNumber,
    collectStatus: 'COLLECT_REQUEST_TO_DELIVERY_COMPANY',
  };
}

/** The product order keeps the delivery status it had, since opening the claim left it. */
function rejectClaim(
  record: SandboxProductOrder,
  claimStatus: 'CANCEL_REJECT' | 'RETURN_REJECT' | 'EXCHANGE_REJECT',
  at: number,
  details: ClaimRejectDetails,
): void {
  const claim = requireClaim(record);

  claim.claimStatus = claimStatus;
  claim.rejectedDate = at;
  claim.rejectReason = details.reason;
  closeClaim(record, claim);
}

/** A finished claim stays current (productOrder.claim* keep describing it) and is archived. */
function closeClaim(record: SandboxProductOrder, claim: SandboxClaim): void {
  if (claim.claimStatus === 'CANCEL_DONE' || claim.claimStatus === 'RETURN_DONE') {
    record.remainQuantity = Math.max(0, record.remainQuantity - claim.requestQuantity);
  }

  record.completedClaims.push(structuredClone(claim));
}

function requireClaim(record: SandboxProductOrder): SandboxClaim {
  if (record.currentClaim === undefined) {
    throw new Error(`Product order ${record.productOrderId} has no claim in progress`);
  }

  return record.currentClaim;
}
