import {
  ClaimReason,
  ClaimStatus,
  ClaimType,
  CollectStatus,
  DelayedDispatchReason,
  DeliveryMethod,
  DeliveryStatus,
  HoldbackReason,
  HoldbackStatus,
  LastChangedType,
  PaymentMeans,
  PlaceOrderStatus,
  ProductOrderStatus,
  TaxType,
} from './sandbox-enums';

/**
 * Internal records the responses are rendered from. They hold facts (instants as epoch ms,
 * prices per unit, quantities), not response fields: amounts and the deprecated claim mirrors
 * are derived at render time, so a state change only has to touch the facts.
 */

export interface SandboxAddress {
  name: string;
  baseAddress: string;
  detailedAddress: string;
  zipCode: string;
  tel1: string;
  tel2?: string;
}

export interface SandboxShippingAddress extends SandboxAddress {
  pickupLocationType?: 'FRONT_OF_DOOR' | 'MANAGEMENT_OFFICE' | 'DIRECT_RECEIVE' | 'OTHER';
  entryMethod?: 'LOBBY_PW' | 'MANAGEMENT_OFFICE' | 'FREE' | 'OTHER';
  entryMethodContent?: string;
}

/** One 주문: the buyer and the payment, shared by all its product orders. */
export interface SandboxOrder {
  orderId: string;
  orderDate: number;
  ordererId: string;
  ordererNo: string;
  ordererName: string;
  ordererTel: string;
  paymentMeans: PaymentMeans;
  payLocationType: 'PC' | 'MOBILE';
  isMembershipSubscribed: boolean;
  paymentDate?: number;
  paymentDueDate?: number;
  /** What the buyer paid, split by means; fixed at payment like the upstream's order amounts. */
  generalPaymentAmount: number;
  naverMileagePaymentAmount: number;
  chargeAmountPaymentAmount: number;
  payLaterPaymentAmount: number;
}

export interface SandboxDelivery {
  deliveryMethod: DeliveryMethod;
  deliveryCompany?: string;
  trackingNumber?: string;
  sendDate: number;
  pickupDate?: number;
  deliveredDate?: number;
  deliveryStatus: DeliveryStatus;
}

export interface SandboxClaimCollect {
  collectAddress: SandboxAddress;
  returnReceiveAddress: SandboxAddress;
  collectDeliveryMethod: DeliveryMethod;
  collectDeliveryCompany?: string;
  collectTrackingNumber?: string;
  collectStatus: CollectStatus;
  collectCompletedDate?: number;
}

export interface SandboxClaimHoldback {
  holdbackStatus: HoldbackStatus;
  holdbackReason: HoldbackReason;
  holdbackDetailedReason: string;
  holdbackConfigDate: number;
  holdbackReleaseDate?: number;
  etcFeeDemandAmount?: number;
}

export interface SandboxClaimRedelivery {
  reDeliveryMethod: DeliveryMethod;
  reDeliveryCompany?: string;
  reDeliveryTrackingNumber?: string;
  reDeliveryStatus: DeliveryStatus;
  reDeliveryAddress: SandboxAddress;
  reDeliveryOperationDate: number;
}

/** One claim of any type; rendering picks the fields each claim shape shows. */
export interface SandboxClaim {
  claimType: ClaimType;
  claimId: string;
  claimStatus: ClaimStatus;
  claimRequestDate: number;
  requestChannel: string;
  requestQuantity: number;
  reason: ClaimReason;
  detailedReason?: string;
  approvalDate?: number;
  completedDate?: number;
  rejectedDate?: number;
  /**
   * Why the seller rejected (or the buyer withdrew) the claim. Kept for tests only: the detail
   * object has no field for it (reference 4.2), so it is never rendered.
   */
  rejectReason?: string;
  refundExpectedDate?: number;
  claimDeliveryFeeDemandAmount?: number;
  claimDeliveryFeePayMeans?: string;
  collect?: SandboxClaimCollect;
  holdback?: SandboxClaimHoldback;
  redelivery?: SandboxClaimRedelivery;
}

/** The catalogue facts of the product a line is for. */
export interface SandboxProductLine {
  productId: string;
  originalProductId: string;
  productName: string;
  productOption?: string;
  optionCode?: string;
  sellerProductCode: string;
  unitPrice: number;
  optionPrice: number;
  /** 즉시 할인 per unit. */
  immediateDiscountPerUnit: number;
  /** Seller coupon on the whole line. */
  productCouponDiscount: number;
  deliveryFeeAmount: number;
  taxType: TaxType;
}

/** One 상품 주문 with its current state. `order` is shared with its sibling product orders. */
export interface SandboxProductOrder {
  productOrderId: string;
  order: SandboxOrder;
  product: SandboxProductLine;
  quantity: number;
  remainQuantity: number;
  productOrderStatus: ProductOrderStatus;
  placeOrderStatus: PlaceOrderStatus;
  placeOrderDate?: number;
  decisionDate?: number;
  shippingDueDate?: number;
  delayedDispatchReason?: DelayedDispatchReason;
  delayedDispatchDetailedReason?: string;
  packageNumber: string;
  shippingAddress: SandboxShippingAddress;
  shippingMemo?: string;
  receiverAddressChanged: boolean;
  expectedDeliveryCompany: string;
  fulfillment: boolean;
  delivery?: SandboxDelivery;
  /** The latest claim, kept after it closes so productOrder.claim* still describe it. */
  currentClaim?: SandboxClaim;
  /** The exchange that a later claim replaced (rendered as beforeClaim.exchange). */
  beforeExchangeClaim?: SandboxClaim;
  /** Snapshots of claims taken when they reached a final status. */
  completedClaims: SandboxClaim[];
  lastChangedDate: number;
  lastChangedType: LastChangedType;
}
