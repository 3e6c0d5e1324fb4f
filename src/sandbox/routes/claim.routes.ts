import { SandboxOperation } from '../http/sandbox-operation';
import { SELLER_ACTIONS } from '../store/product-order-actions';
import {
  DELIVERY_METHODS,
  REQUEST_CANCEL_REASONS,
  REQUEST_RETURN_REASONS,
} from '../store/sandbox-enums';
import {
  MAX_REASON_LENGTH,
  productOrderWrite,
  readCourier,
  readHoldback,
  readReject,
  readShipment,
} from './product-order-write';

/** The claim writes (#8–#19, reference 4.8–4.19); their state rules are in SELLER_ACTIONS. */

/** 취소 요청 (#8): the seller's cancel, processed at once; `cancelQuantity` makes it partial. */
export const requestCancelOperation = productOrderWrite({
  name: 'requestCancel',
  action: 'claim/cancel/request',
  act: SELLER_ACTIONS.requestCancel,
  readInput: (body) => ({
    reason: body.requiredOneOf('cancelReason', REQUEST_CANCEL_REASONS),
    detailedReason: body.string('cancelDetailedReason', { maxLength: MAX_REASON_LENGTH }),
    quantity: body.integer('cancelQuantity', { min: 1 }),
  }),
});

export const approveCancelOperation = productOrderWrite({
  name: 'approveCancel',
  action: 'claim/cancel/approve',
  act: SELLER_ACTIONS.approveCancel,
});

/** 반품 요청 (#10). An unknown collect courier is a 400: #10 has no code of its own for it. */
export const requestReturnOperation = productOrderWrite({
  name: 'requestReturn',
  action: 'claim/return/request',
  act: SELLER_ACTIONS.requestReturn,
  readInput: (body) => ({
    reason: body.requiredOneOf('returnReason', REQUEST_RETURN_REASONS),
    collectDeliveryMethod: body.requiredOneOf('collectDeliveryMethod', DELIVERY_METHODS),
    collectDeliveryCompany: readCourier(body, 'collectDeliveryCompany'),
    collectTrackingNumber: body.string('collectTrackingNumber', { maxLength: 50 }),
    quantity: body.integer('returnQuantity', { min: 1 }),
  }),
});

export const approveReturnOperation = productOrderWrite({
  name: 'approveReturn',
  action: 'claim/return/approve',
  act: SELLER_ACTIONS.approveReturn,
});

export const rejectReturnOperation = productOrderWrite({
  name: 'rejectReturn',
  action: 'claim/return/reject',
  act: SELLER_ACTIONS.rejectReturn,
  readInput: (body) => readReject(body, 'rejectReturnReason'),
});

export const holdbackReturnOperation = productOrderWrite({
  name: 'holdbackReturn',
  action: 'claim/return/holdback',
  act: SELLER_ACTIONS.holdbackReturn,
  readInput: (body) =>
    readHoldback(body, {
      detailedReason: 'holdbackReturnDetailReason',
      feeAmount: 'extraReturnFeeAmount',
    }),
});

export const releaseReturnHoldbackOperation = productOrderWrite({
  name: 'releaseReturnHoldback',
  action: 'claim/return/holdback/release',
  act: SELLER_ACTIONS.releaseReturnHoldback,
});

/** 교환 수거 완료 (#15) on the merchant path (reference 1.2). */
export const completeExchangeCollectOperation = productOrderWrite({
  name: 'completeExchangeCollect',
  action: 'claim/exchange/collect/complete',
  act: SELLER_ACTIONS.completeExchangeCollect,
});

/** The same operation on the Commerce twin's path, which a client may have copied. */
export const approveExchangeCollectOperation: SandboxOperation = {
  ...completeExchangeCollectOperation,
  path: completeExchangeCollectOperation.path.replace(/complete$/, 'approve'),
};

/** 교환 재배송 (#16): shipment problems fail with the dispatch codes (104116–104122). */
export const redeliverExchangeOperation = productOrderWrite({
  name: 'redeliverExchange',
  action: 'claim/exchange/dispatch',
  act: SELLER_ACTIONS.redeliverExchange,
  readInput: (body) =>
    readShipment(body, {
      method: 'reDeliveryMethod',
      company: 'reDeliveryCompany',
      trackingNumber: 'reDeliveryTrackingNumber',
    }),
});

export const rejectExchangeOperation = productOrderWrite({
  name: 'rejectExchange',
  action: 'claim/exchange/reject',
  act: SELLER_ACTIONS.rejectExchange,
  readInput: (body) => readReject(body, 'rejectExchangeReason'),
});

export const holdbackExchangeOperation = productOrderWrite({
  name: 'holdbackExchange',
  action: 'claim/exchange/holdback',
  act: SELLER_ACTIONS.holdbackExchange,
  readInput: (body) =>
    readHoldback(body, {
      detailedReason: 'holdbackExchangeDetailReason',
      feeAmount: 'extraExchangeFeeAmount',
    }),
});

export const releaseExchangeHoldbackOperation = productOrderWrite({
  name: 'releaseExchangeHoldback',
  action: 'claim/exchange/holdback/release',
  act: SELLER_ACTIONS.releaseExchangeHoldback,
});
