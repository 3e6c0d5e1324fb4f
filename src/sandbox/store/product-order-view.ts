import { toKstDateTime } from '../../common/time/kst';
import { lineAmounts, settlementAmounts } from './product-order-amounts';
import { SANDBOX_MERCHANT } from './sandbox-merchant';
import {
  SandboxAddress,
  SandboxClaim,
  SandboxDelivery,
  SandboxOrder,
  SandboxProductOrder,
  SandboxShippingAddress,
} from './sandbox-records';

/**
 * Renders records into the upstream's JSON shapes (reference 4.1 and 4.2). Fields without a
 * value are left out rather than sent as null, as in the upstream's examples.
 */

type JsonObject = Record<string, unknown>;

/** One entry of #1 `lastChangeStatuses`. */
export function renderLastChangeStatus(record: SandboxProductOrder): JsonObject {
  return compact({
    orderId: record.order.orderId,
    productOrderId: record.productOrderId,
    lastChangedType: record.lastChangedType,
    paymentDate: kst(record.order.paymentDate),
    lastChangedDate: kst(record.lastChangedDate),
    productOrderStatus: record.productOrderStatus,
    claimType: record.currentClaim?.claimType,
    claimStatus: record.currentClaim?.claimStatus,
    receiverAddressChanged: record.receiverAddressChanged,
  });
}

/** The product order detail object shared by #2 and #4. */
export function renderProductOrderDetail(record: SandboxProductOrder): JsonObject {
  const claim = record.currentClaim;
  const claimView = claim === undefined ? undefined : { [claimKey(claim)]: renderClaim(claim) };

  return compact({
    order: renderOrder(record.order),
    productOrder: renderProductOrder(record),
    delivery: record.delivery === undefined ? undefined : renderDelivery(record.delivery),
    // Deprecated top-level mirrors of currentClaim, still sent by the upstream until removed.
    ...claimView,
    currentClaim: claimView,
    beforeClaim:
      record.beforeExchangeClaim === undefined
        ? undefined
        : { exchange: renderClaim(record.beforeExchangeClaim) },
    // [U] whether the upstream sends [] or leaves the key out when nothing is completed.
    completedClaims:
      record.completedClaims.length === 0
        ? undefined
        : record.completedClaims.map(renderCompletedClaim),
  });
}

function renderOrder(order: SandboxOrder): JsonObject {
  return compact({
    orderId: order.orderId,
    orderDate: kst(order.orderDate),
    ordererId: order.ordererId,
    ordererNo: order.ordererNo,
    ordererName: order.ordererName,
    ordererTel: order.ordererTel,
    paymentDate: kst(order.paymentDate),
    paymentDueDate: kst(order.paymentDueDate),
    paymentMeans: order.paymentMeans,
    payLocationType: order.payLocationType,
    isDeliveryMemoParticularInput: 'false',
    isMembershipSubscribed: order.isMembershipSubscribed,
    generalPaymentAmount: order.generalPaymentAmount,
    naverMileagePaymentAmount: order.naverMileagePaymentAmount,
    chargeAmountPaymentAmount: order.chargeAmountPaymentAmount,
    checkoutAccumulationPaymentAmount: 0,
    payLaterPaymentAmount: order.payLaterPaymentAmount,
    orderDiscountAmount: 0,
  });
}

function renderProductOrder(record: SandboxProductOrder): JsonObject {
  const { product, quantity, remainQuantity } = record;
  const initial = lineAmounts(product, quantity, quantity);
  const remain = lineAmounts(product, remainQuantity, quantity);
  const settlement = settlementAmounts(record);
  const isFreeShipping = product.deliveryFeeAmount === 0;

  return compact({
    productOrderId: record.productOrderId,
    mallId: SANDBOX_MERCHANT.mallId,
    merchantChannelId: SANDBOX_MERCHANT.merchantChannelId,
    productId: product.productId,
    originalProductId: product.originalProductId,
    productName: product.productName,
    productOption: product.productOption,
    optionCode: product.optionCode,
    itemNo: product.optionCode,
    sellerProductCode: product.sellerProductCode,
    productClass: '단일상품',
    productOrderStatus: record.productOrderStatus,
    claimType: record.currentClaim?.claimType,
    claimStatus: record.currentClaim?.claimStatus,
    claimId: record.currentClaim?.claimId,
    placeOrderStatus: record.placeOrderStatus,
    placeOrderDate: kst(record.placeOrderDate),
    decisionDate: kst(record.decisionDate),
    quantity,
    initialQuantity: quantity,
    remainQuantity,
    unitPrice: product.unitPrice,
    optionPrice: product.optionPrice,
    totalProductAmount: initial.productAmount,
    initialProductAmount: initial.productAmount,
    remainProductAmount: remain.productAmount,
    totalPaymentAmount: initial.paymentAmount,
    initialPaymentAmount: initial.paymentAmount,
    remainPaymentAmount: remain.paymentAmount,
    productDiscountAmount: initial.discountAmount,
    initialProductDiscountAmount: initial.discountAmount,
    remainProductDiscountAmount: remain.discountAmount,
    // The upstream's own misspelling ("Imediate") is kept on the two fields that have it.
    productImediateDiscountAmount: initial.immediateDiscountAmount,
    initialProductImmediateDiscountAmount: initial.immediateDiscountAmount,
    remainProductImmediateDiscountAmount: remain.immediateDiscountAmount,
    productProductDiscountAmount: initial.couponDiscountAmount,
    initialProductProductDiscountAmount: initial.couponDiscountAmount,
    remainProductProductDiscountAmount: remain.couponDiscountAmount,
    // The merchant funds every discount the sandbox gives.
    sellerBurdenDiscountAmount: initial.discountAmount,
    sellerBurdenImediateDiscountAmount: initial.immediateDiscountAmount,
    initialSellerBurdenImmediateDiscountAmount: initial.immediateDiscountAmount,
    remainSellerBurdenImmediateDiscountAmount: remain.immediateDiscountAmount,
    sellerBurdenProductDiscountAmount: initial.couponDiscountAmount,
    initialSellerBurdenProductDiscountAmount: initial.couponDiscountAmount,
    remainSellerBurdenProductDiscountAmount: remain.couponDiscountAmount,
    deliveryFeeAmount: product.deliveryFeeAmount,
    deliveryDiscountAmount: 0,
    sectionDeliveryFee: 0,
    deliveryPolicyType: isFreeShipping ? '무료' : '유료',
    shippingFeeType: isFreeShipping ? '무료' : '선결제',
    packageNumber: record.packageNumber,
    expectedDeliveryMethod: 'DELIVERY',
    expectedDeliveryCompany: record.expectedDeliveryCompany,
    shippingDueDate: kst(record.shippingDueDate),
    delayedDispatchReason: record.delayedDispatchReason,
    delayedDispatchDetailedReason: record.delayedDispatchDetailedReason,
    shippingMemo: record.shippingMemo,
    shippingAddress: renderShippingAddress(record.shippingAddress),
    takingAddress: renderAddress(SANDBOX_MERCHANT.warehouseAddress),
    deliveryAttributeType: 'NORMAL',
    // Fulfillment lines name the logistics company and centre that ship them.
    logisticsCompanyId: record.fulfillment ? 'NFA0001' : undefined,
    logisticsCenterId: record.fulfillment ? 'NFA0001-C01' : undefined,
    commissionRatingType: '결제수수료',
    commissionPrePayStatus: 'GENERAL_PRD',
    paymentCommission: settlement.paymentCommission,
    saleCommission: settlement.saleCommission,
    channelCommission: 0,
    knowledgeShoppingSellingInterlockCommission: 0,
    expectedSettlementAmount: settlement.expectedSettlementAmount,
    inflowPath: '네이버페이',
    taxType: product.taxType,
  });
}

function renderDelivery(delivery: SandboxDelivery): JsonObject {
  return compact({
    deliveryMethod: delivery.deliveryMethod,
    deliveryCompany: delivery.deliveryCompany,
    trackingNumber: delivery.trackingNumber,
    sendDate: kst(delivery.sendDate),
    pickupDate: kst(delivery.pickupDate),
    deliveredDate: kst(delivery.deliveredDate),
    deliveryStatus: delivery.deliveryStatus,
    isWrongTrackingNumber: false,
  });
}

function claimKey(claim: SandboxClaim): 'cancel' | 'return' | 'exchange' {
  switch (claim.claimType) {
    case 'RETURN':
      return 'return';
    case 'EXCHANGE':
      return 'exchange';
    default:
      return 'cancel';
  }
}

function renderClaim(claim: SandboxClaim): JsonObject {
  const common = {
    claimId: claim.claimId,
    claimStatus: claim.claimStatus,
    claimRequestDate: kst(claim.claimRequestDate),
    requestChannel: claim.requestChannel,
    requestQuantity: claim.requestQuantity,
    refundExpectedDate: kst(claim.refundExpectedDate),
  };

  switch (claimKey(claim)) {
    case 'cancel':
      return compact({
        ...common,
        cancelReason: claim.reason,
        cancelDetailedReason: claim.detailedReason,
        cancelApprovalDate: kst(claim.approvalDate),
        cancelCompletedDate: kst(claim.completedDate),
      });
    case 'return':
      return compact({
        ...common,
        returnReason: claim.reason,
        returnDetailedReason: claim.detailedReason,
        ...renderCollectFields(claim),
        returnCompletedDate: kst(claim.completedDate),
      });
    case 'exchange':
      return compact({
        ...common,
        exchangeReason: claim.reason,
        exchangeDetailedReason: claim.detailedReason,
        ...renderCollectFields(claim),
        ...renderRedeliveryFields(claim),
      });
  }
}

function renderCompletedClaim(claim: SandboxClaim): JsonObject {
  return compact({
    claimType: claim.claimType,
    claimId: claim.claimId,
    claimStatus: claim.claimStatus,
    claimRequestDate: kst(claim.claimRequestDate),
    claimRequestAdmissionDate: kst(claim.claimRequestDate),
    claimCompleteOperationDate: kst(claim.completedDate ?? claim.rejectedDate),
    requestChannel: claim.requestChannel,
    claimRequestReason: claim.reason,
    claimRequestDetailContent: claim.detailedReason,
    requestQuantity: claim.requestQuantity,
    refundExpectedDate: kst(claim.refundExpectedDate),
    ...renderCollectFields(claim),
    collectOperationDate: kst(claim.collect?.collectCompletedDate),
    ...renderRedeliveryFields(claim),
  });
}

function renderCollectFields(claim: SandboxClaim): JsonObject {
  const { collect, holdback } = claim;

  return {
    collectAddress: collect && renderAddress(collect.collectAddress),
    returnReceiveAddress: collect && renderAddress(collect.returnReceiveAddress),
    collectStatus: collect?.collectStatus,
    collectDeliveryMethod: collect?.collectDeliveryMethod,
    collectDeliveryCompany: collect?.collectDeliveryCompany,
    collectTrackingNumber: collect?.collectTrackingNumber,
    collectCompletedDate: kst(collect?.collectCompletedDate),
    holdbackStatus: holdback?.holdbackStatus,
    holdbackReason: holdback?.holdbackReason,
    holdbackDetailedReason: holdback?.holdbackDetailedReason,
    holdbackConfigDate: kst(holdback?.holdbackConfigDate),
    holdbackReleaseDate: kst(holdback?.holdbackReleaseDate),
    etcFeeDemandAmount: holdback?.etcFeeDemandAmount,
    claimDeliveryFeeDemandAmount: claim.claimDeliveryFeeDemandAmount,
    claimDeliveryFeePayMeans: claim.claimDeliveryFeePayMeans,
  };
}

function renderRedeliveryFields(claim: SandboxClaim): JsonObject {
  const redelivery = claim.redelivery;

  return {
    reDeliveryMethod: redelivery?.reDeliveryMethod,
    reDeliveryCompany: redelivery?.reDeliveryCompany,
    reDeliveryTrackingNumber: redelivery?.reDeliveryTrackingNumber,
    reDeliveryStatus: redelivery?.reDeliveryStatus,
    reDeliveryAddress: redelivery && renderAddress(redelivery.reDeliveryAddress),
    reDeliveryOperationDate: kst(redelivery?.reDeliveryOperationDate),
  };
}

function renderAddress(address: SandboxAddress): JsonObject {
  // Domestic addresses carry empty city/state (reference 4.2); country is left out [U].
  return compact({
    addressType: 'DOMESTIC',
    name: address.name,
    baseAddress: address.baseAddress,
    detailedAddress: address.detailedAddress,
    zipCode: address.zipCode,
    city: '',
    state: '',
    tel1: address.tel1,
    tel2: address.tel2,
    isRoadNameAddress: true,
  });
}

function renderShippingAddress(address: SandboxShippingAddress): JsonObject {
  return compact({
    ...renderAddress(address),
    pickupLocationType: address.pickupLocationType,
    entryMethod: address.entryMethod,
    entryMethodContent: address.entryMethodContent,
  });
}

function kst(instant: number | undefined): string | undefined {
  return instant === undefined ? undefined : toKstDateTime(instant);
}

/** A copy without the empty fields (building a new object keeps V8's fast object shapes). */
function compact(object: JsonObject): JsonObject {
  const result: JsonObject = {};

  for (const key in object) {
    const value = object[key];

    if (value !== undefined && value !== null) {
      result[key] = value;
    }
  }

  return result;
}
