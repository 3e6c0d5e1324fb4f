import {
  ClaimReason,
  ClaimType,
  DeliveryMethod,
  HoldbackReason,
  LastChangedType,
} from './sandbox-enums';
import { SANDBOX_MERCHANT } from './sandbox-merchant';
import { SandboxClaim, SandboxProductOrder, SandboxShippingAddress } from './sandbox-records';

/**
 * The state changes of a product order (reference section 6), as one table. The generator
 * walks orders through them to reach each state, and the write operations are meant to call the
 * same entries after checking their preconditions; the entries themselves check nothing.
 *
 * `reports` says what the change does to lastChangedDate/lastChangedType, which is what #1
 * (last-changed-statuses) shows:
 * - a LastChangedType: both move;
 * - 'sameType': the status changed but the enum has no value for it (delivered, pickup started,
 *   unpaid cancel), so only the date moves [U: the upstream may not report these at all];
 * - 'silent': 발주 확인 and holdbacks, which 4.5 says #1 does not report [U].
 */
export type LastChangeReport = LastChangedType | 'sameType' | 'silent';

type NoDetails = Record<string, never>;

export interface ClaimRequestDetails {
  claimId: string;
  reason: ClaimReason;
  detailedReason?: string;
  requestChannel: string;
  /** Whole quantity when omitted; partial claims are not modelled beyond the count. */
  requestQuantity?: number;
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
}

export interface TransitionDetails {
  payment: NoDetails;
  cancelForNoPayment: NoDetails;
  confirmPlaceOrder: NoDetails;
  changeShippingAddress: { address: SandboxShippingAddress };
  dispatch: ShipmentDetails;
  markDelivered: NoDetails;
  decidePurchase: NoDetails;
  requestCancel: ClaimRequestDetails;
  completeCancel: NoDetails;
  withdrawCancel: NoDetails;
  requestReturn: CollectRequestDetails;
  requestExchange: CollectRequestDetails;
  startCollect: NoDetails;
  completeCollect: NoDetails;
  holdbackClaim: { reason: HoldbackReason; detailedReason: string; etcFeeDemandAmount?: number };
  releaseHoldback: NoDetails;
  completeReturn: NoDetails;
  rejectReturn: NoDetails;
  redeliverExchange: ShipmentDetails;
  completeExchange: NoDetails;
  rejectExchange: NoDetails;
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
    reports: 'silent',
    apply(record, at) {
      record.placeOrderStatus = 'OK';
      record.placeOrderDate = at;
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
      record.productOrderStatus = 'DELIVERING';
      record.delivery = {
        ...shipment,
        sendDate: at,
        pickupDate: at + PICKUP_AFTER_DISPATCH_MS,
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
      const claimStatus = record.placeOrderStatus === 'OK' ? 'CANCEL_REQUEST' : 'CANCELING';

      openClaim(record, 'CANCEL', claimStatus, at, details);
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
      record.productOrderStatus = 'CANCELED';
      closeClaim(record, claim);
    },
  },
  withdrawCancel: {
    reports: 'CLAIM_REJECTED',
    apply(record, at) {
      rejectClaim(record, 'CANCEL_REJECT', at);
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
    reports: 'silent',
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
    reports: 'silent',
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
      record.productOrderStatus = 'RETURNED';
      closeClaim(record, claim);
    },
  },
  rejectReturn: {
    reports: 'CLAIM_REJECTED',
    apply(record, at) {
      rejectClaim(record, 'RETURN_REJECT', at);
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
    apply(record, at) {
      rejectClaim(record, 'EXCHANGE_REJECT', at);
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
  if (report === 'silent') {
    return;
  }

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

function rejectClaim(
  record: SandboxProductOrder,
  claimStatus: 'CANCEL_REJECT' | 'RETURN_REJECT' | 'EXCHANGE_REJECT',
  at: number,
): void {
  const claim = requireClaim(record);

  claim.claimStatus = claimStatus;
  claim.rejectedDate = at;
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
