import { TransitionDetails, TransitionName } from '../store/product-order-transitions';
import { ClaimReason, DelayedDispatchReason } from '../store/sandbox-enums';
import { SandboxProductOrder } from '../store/sandbox-records';
import {
  DELIVERY_FEE,
  fakeClaimDetail,
  fakeCourier,
  fakeShippingAddress,
} from './fake-korean-data';
import { FakeIds } from './fake-ids';
import { SeededRandom } from './seeded-random';

/** Made-up inputs of each transition the generator walks (what a buyer or seller would send). */

export type ItemStep = Exclude<TransitionName, 'payment'>;

const CANCEL_REASONS: readonly ClaimReason[] = ['INTENT_CHANGED', 'WRONG_ORDER', 'COLOR_AND_SIZE'];
const RETURN_REASONS: readonly ClaimReason[] = [
  'INTENT_CHANGED',
  'COLOR_AND_SIZE',
  'PRODUCT_UNSATISFIED',
  'BROKEN',
  'WRONG_DELIVERY',
];
const EXCHANGE_REASONS: readonly ClaimReason[] = ['COLOR_AND_SIZE', 'BROKEN', 'WRONG_OPTION'];

/** Reasons the buyer is at fault for, so the buyer pays the return/exchange shipping. */
const BUYER_FAULT_REASONS: readonly ClaimReason[] = [
  'INTENT_CHANGED',
  'COLOR_AND_SIZE',
  'PRODUCT_UNSATISFIED',
  'WRONG_ORDER',
];

/** [U] requestChannel values are not documented; the sandbox names who asked. */
const BUYER_CHANNEL = '구매자';

const DAY = 24 * 60 * 60 * 1000;

const DISPATCH_DELAYS: readonly (readonly [DelayedDispatchReason, string])[] = [
  ['PRODUCT_PREPARE', '입고가 늦어져 발송이 2~3일 지연됩니다. 죄송합니다.'],
  ['CUSTOM_BUILD', '주문 제작 상품으로 제작 기간이 더 필요합니다.'],
  ['RESERVED_DISPATCH', '예약 발송 상품으로 안내된 날짜에 발송됩니다.'],
];

export function fakeStepDetails<Step extends ItemStep>(
  random: SeededRandom,
  ids: FakeIds,
  record: SandboxProductOrder,
  step: Step,
  at: number,
): TransitionDetails[Step];
export function fakeStepDetails(
  random: SeededRandom,
  ids: FakeIds,
  record: SandboxProductOrder,
  step: ItemStep,
  at: number,
): object {
  switch (step) {
    case 'delayDispatch': {
      const [reason, detailedReason] = random.pick(DISPATCH_DELAYS);
      const dueDate = (record.shippingDueDate ?? at) + random.integer(2, 5) * DAY;

      return { dispatchDueDate: dueDate, reason, detailedReason };
    }
    case 'changeShippingAddress': {
      const receiver = { name: record.shippingAddress.name, tel: record.shippingAddress.tel1 };

      return { address: fakeShippingAddress(random, receiver) };
    }
    case 'dispatch':
    case 'redeliverExchange': {
      const courier = fakeCourier(random, record.expectedDeliveryCompany);

      return {
        deliveryMethod: 'DELIVERY',
        deliveryCompany: courier.code,
        trackingNumber: courier.trackingNumber,
      };
    }
    case 'requestCancel':
      return fakeClaimRequest(random, ids, record, at, CANCEL_REASONS);
    case 'requestReturn':
    case 'requestExchange':
      return fakeCollectRequest(random, ids, record, step === 'requestReturn', at);
    case 'holdbackClaim':
      return record.currentClaim?.claimType === 'EXCHANGE'
        ? { reason: 'EXCHANGE_DELIVERYFEE', detailedReason: '교환 배송비 입금 확인 중' }
        : { reason: 'RETURN_DELIVERYFEE', detailedReason: '반품 배송비 미입금' };
    default:
      return {};
  }
}

function fakeClaimRequest(
  random: SeededRandom,
  ids: FakeIds,
  record: SandboxProductOrder,
  at: number,
  reasons: readonly ClaimReason[],
): TransitionDetails['requestCancel'] {
  const reason =
    record.productOrderStatus === 'PAYMENT_WAITING' ? 'INTENT_CHANGED' : random.pick(reasons);

  return {
    claimId: ids.newId(at),
    reason,
    detailedReason: fakeClaimDetail(random, reason),
    requestChannel: BUYER_CHANNEL,
  };
}

function fakeCollectRequest(
  random: SeededRandom,
  ids: FakeIds,
  record: SandboxProductOrder,
  isReturn: boolean,
  at: number,
): TransitionDetails['requestReturn'] {
  const reasons = isReturn ? RETURN_REASONS : EXCHANGE_REASONS;
  const request = fakeClaimRequest(random, ids, record, at, reasons);
  const courier = fakeCourier(random, record.delivery?.deliveryCompany);

  // The buyer pays shipping both ways when at fault: the way back, plus the way out when the
  // order shipped free (a return) or the replacement's way out (an exchange).
  const wayBackAndOut =
    isReturn && record.product.deliveryFeeAmount > 0 ? DELIVERY_FEE : 2 * DELIVERY_FEE;
  const feeDemand = BUYER_FAULT_REASONS.includes(request.reason) ? wayBackAndOut : undefined;
  const feePayMeans = isReturn ? '환불금에서 차감' : '판매자에게 직접 송금';

  return {
    ...request,
    collectDeliveryMethod: 'RETURN_DESIGNATED',
    collectDeliveryCompany: courier.code,
    collectTrackingNumber: courier.trackingNumber,
    claimDeliveryFeeDemandAmount: feeDemand,
    claimDeliveryFeePayMeans: feeDemand === undefined ? undefined : feePayMeans,
  };
}
