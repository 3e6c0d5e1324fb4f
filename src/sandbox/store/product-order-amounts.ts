import { SALE_COMMISSION_RATE, paymentCommissionRate } from './sandbox-merchant';
import { SandboxProductLine, SandboxProductOrder } from './sandbox-records';

/** The money of a line for one quantity, before (product) and after (payment) discounts. */
export interface LineAmounts {
  productAmount: number;
  immediateDiscountAmount: number;
  couponDiscountAmount: number;
  discountAmount: number;
  paymentAmount: number;
}

export function lineAmounts(product: SandboxProductLine, quantity: number, ofQuantity: number) {
  const productAmount = (product.unitPrice + product.optionPrice) * quantity;
  const immediateDiscountAmount = product.immediateDiscountPerUnit * quantity;

  // The coupon was applied to the whole line, so a partial quantity gets its share of it.
  const couponDiscountAmount =
    ofQuantity === 0 ? 0 : Math.round((product.productCouponDiscount * quantity) / ofQuantity);
  const discountAmount = immediateDiscountAmount + couponDiscountAmount;

  return {
    productAmount,
    immediateDiscountAmount,
    couponDiscountAmount,
    discountAmount,
    paymentAmount: productAmount - discountAmount,
  } satisfies LineAmounts;
}

/** What the buyer pays for a line when ordering: the discounted line plus its delivery fee. */
export function chargedAmount(product: SandboxProductLine, quantity: number): number {
  return lineAmounts(product, quantity, quantity).paymentAmount + product.deliveryFeeAmount;
}

export interface SettlementAmounts {
  paymentCommission: number;
  saleCommission: number;
  expectedSettlementAmount: number;
}

/** Commissions and settlement on what remains of the line after completed claims. */
export function settlementAmounts(record: SandboxProductOrder): SettlementAmounts {
  const remain = lineAmounts(record.product, record.remainQuantity, record.quantity);
  const deliveryFee = record.remainQuantity > 0 ? record.product.deliveryFeeAmount : 0;
  const settledBase = remain.paymentAmount + deliveryFee;
  const paymentCommission = Math.round(
    settledBase * paymentCommissionRate(record.order.paymentMeans),
  );
  const saleCommission = Math.round(remain.paymentAmount * SALE_COMMISSION_RATE);

  return {
    paymentCommission,
    saleCommission,
    expectedSettlementAmount: settledBase - paymentCommission - saleCommission,
  };
}
