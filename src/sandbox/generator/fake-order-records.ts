import { chargedAmount } from '../store/product-order-amounts';
import { PaymentMeans } from '../store/sandbox-enums';
import { SandboxOrder, SandboxProductLine, SandboxProductOrder } from '../store/sandbox-records';
import {
  CATALOGUE,
  DELIVERY_FEE,
  FREE_SHIPPING_THRESHOLD,
  FakePerson,
  fakeCourier,
  fakeOrdererId,
  fakePerson,
  fakeShippingAddress,
  fakeShippingMemo,
} from './fake-korean-data';
import { FakeIds } from './fake-ids';
import { PAYMENT_DUE_MS } from './sandbox-scenarios';
import { SeededRandom } from './seeded-random';

/** Builders of freshly placed (unpaid) orders and product orders with made-up contents. */

const PAID_MEANS: readonly PaymentMeans[] = [
  '신용카드',
  '신용카드 간편결제',
  '휴대폰',
  '휴대폰 간편결제',
  '계좌 간편결제',
  '무통장입금',
  '포인트/머니결제',
  '패밀리결제',
  '후불결제',
];
const PAID_MEANS_WEIGHTS = [25, 30, 4, 6, 12, 6, 12, 2, 3];

export function fakePaymentMeans(random: SeededRandom): PaymentMeans {
  return random.pickWeighted(PAID_MEANS, PAID_MEANS_WEIGHTS);
}

export function fakeOrder(
  random: SeededRandom,
  ids: FakeIds,
  orderDate: number,
  paymentMeans: PaymentMeans,
): SandboxOrder {
  const orderer = fakePerson(random);

  return {
    orderId: ids.newId(orderDate),
    orderDate,
    ordererId: fakeOrdererId(random),
    ordererNo: String(random.integer(1, 9)) + random.digits(9),
    ordererName: orderer.name,
    ordererTel: orderer.tel,
    paymentMeans,
    payLocationType: random.chance(0.75) ? 'MOBILE' : 'PC',
    isMembershipSubscribed: random.chance(0.3),
    paymentDueDate: paymentMeans === '무통장입금' ? orderDate + PAYMENT_DUE_MS : undefined,
    generalPaymentAmount: 0,
    naverMileagePaymentAmount: 0,
    chargeAmountPaymentAmount: 0,
    payLaterPaymentAmount: 0,
  };
}

/** A line as placed: unpaid, not confirmed, last change PAY_WAITING at the order date. */
export function fakeProductOrder(
  random: SeededRandom,
  ids: FakeIds,
  order: SandboxOrder,
  receiver: FakePerson,
  packageNumber: string,
  fixedQuantity?: number,
): SandboxProductOrder {
  // Drawn even when fixed, so a fixed quantity leaves the rest of the data as it was.
  const drawnQuantity = random.pickWeighted([1, 2, 3], [70, 20, 10]);
  const quantity = fixedQuantity ?? drawnQuantity;

  return {
    productOrderId: ids.newId(order.orderDate),
    order,
    product: fakeProductLine(random, quantity),
    quantity,
    remainQuantity: quantity,
    productOrderStatus: 'PAYMENT_WAITING',
    placeOrderStatus: 'NOT_YET',
    packageNumber,
    shippingAddress: fakeShippingAddress(random, receiver),
    shippingMemo: fakeShippingMemo(random),
    receiverAddressChanged: false,
    expectedDeliveryCompany: fakeCourier(random).code,
    fulfillment: random.chance(0.05),
    completedClaims: [],
    lastChangedDate: order.orderDate,
    lastChangedType: 'PAY_WAITING',
  };
}

function fakeProductLine(random: SeededRandom, quantity: number): SandboxProductLine {
  const item = random.pick(CATALOGUE);
  const optionIndex = item.options.length === 0 ? -1 : random.integer(0, item.options.length - 1);
  const [productOption, optionPrice] = item.options[optionIndex] ?? [undefined, 0];
  const linePrice = (item.price + optionPrice - item.immediateDiscount) * quantity;
  const coupon = linePrice > 10_000 && random.chance(0.15) ? random.pick([1_000, 2_000]) : 0;

  return {
    productId: item.productId,
    originalProductId: item.productId,
    productName: item.name,
    productOption,
    optionCode: optionIndex < 0 ? undefined : optionCode(item.productId, optionIndex),
    sellerProductCode: `SBX-${item.productId.slice(-4)}`,
    unitPrice: item.price,
    optionPrice,
    immediateDiscountPerUnit: item.immediateDiscount,
    productCouponDiscount: coupon,
    deliveryFeeAmount: linePrice >= FREE_SHIPPING_THRESHOLD ? 0 : DELIVERY_FEE,
    taxType: item.taxType,
  };
}

function optionCode(productId: string, optionIndex: number): string {
  return `${productId.slice(2)}${String(optionIndex + 1).padStart(2, '0')}`;
}

/** Splits what the buyer owes across the payment means, as the order's amounts show it. */
export function settleOrderAmounts(
  random: SeededRandom,
  order: SandboxOrder,
  lines: readonly SandboxProductOrder[],
): void {
  const total = lines.reduce((sum, line) => sum + chargedAmount(line.product, line.quantity), 0);

  if (order.paymentMeans === '포인트/머니결제') {
    order.chargeAmountPaymentAmount = total;
  } else if (order.paymentMeans === '후불결제') {
    order.payLaterPaymentAmount = total;
  } else {
    const points = random.chance(0.3) ? random.integer(5, 30) * 100 : 0;

    order.naverMileagePaymentAmount = Math.min(points, total);
    order.generalPaymentAmount = total - order.naverMileagePaymentAmount;
  }
}
