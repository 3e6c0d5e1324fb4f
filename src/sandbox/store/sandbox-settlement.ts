import { toKstDate } from '../../common/time/kst';
import { settlementAmounts } from './product-order-amounts';
import { PaymentMeans } from './sandbox-enums';
import { SANDBOX_MERCHANT } from './sandbox-merchant';
import { SandboxProductOrder } from './sandbox-records';

/**
 * Settlement (정산, reference 4.23) derived from the product orders as they are now: a line
 * settles once its purchase is decided, with the amounts #2 shows as expectedSettlementAmount,
 * paymentCommission and saleCommission. [U] Real settlement splits shipping fees and benefits
 * into lines of their own; the sandbox keeps one line per product order (shipping folded in)
 * so every figure adds up to what #2 reports.
 */

export type SettleDecision = 'SETTLED' | 'UNSETTLED' | 'BEFORE_CANCEL';

export interface SettleLine {
  record: Readonly<SandboxProductOrder>;
  decision: SettleDecision;
  settleType: 'NORMAL_SETTLE_ORIGINAL' | 'NORMAL_SETTLE_BEFORE_CANCEL';
  payDate: string;
  /** The decision day; the settled lines only, like the two dates that follow it. */
  settleBasisDate?: string;
  settleExpectDate?: string;
  /** Set once the expected day has come by the sandbox clock. */
  settleCompleteDate?: string;
  paySettleAmount: number;
  paymentCommission: number;
  saleCommission: number;
  settleExpectAmount: number;
}

/** One settlement line per paid product order, sorted by payment, then productOrderId. */
export function settleLines(
  records: Iterable<Readonly<SandboxProductOrder>>,
  now: number,
): SettleLine[] {
  const today = toKstDate(now);
  const lines: SettleLine[] = [];

  for (const record of records) {
    const paidAt = record.order.paymentDate;

    if (paidAt !== undefined) {
      lines.push(settleLine(record, toKstDate(paidAt), today));
    }
  }

  return lines.sort(
    (left, right) =>
      (left.record.order.paymentDate ?? 0) - (right.record.order.paymentDate ?? 0) ||
      (left.record.productOrderId < right.record.productOrderId ? -1 : 1),
  );
}

function settleLine(
  record: Readonly<SandboxProductOrder>,
  payDate: string,
  today: string,
): SettleLine {
  const amounts = settlementAmounts(record);
  const commissions = amounts.paymentCommission + amounts.saleCommission;
  const line = {
    record,
    payDate,
    paySettleAmount: amounts.expectedSettlementAmount + commissions,
    paymentCommission: amounts.paymentCommission,
    saleCommission: amounts.saleCommission,
    settleExpectAmount: amounts.expectedSettlementAmount,
  };

  if (record.remainQuantity === 0) {
    return { ...line, decision: 'BEFORE_CANCEL', settleType: 'NORMAL_SETTLE_BEFORE_CANCEL' };
  }

  if (record.productOrderStatus !== 'PURCHASE_DECIDED' || record.decisionDate === undefined) {
    return { ...line, decision: 'UNSETTLED', settleType: 'NORMAL_SETTLE_ORIGINAL' };
  }

  const settleBasisDate = toKstDate(record.decisionDate);
  const settleExpectDate = nextBusinessDay(settleBasisDate);

  return {
    ...line,
    decision: 'SETTLED',
    settleType: 'NORMAL_SETTLE_ORIGINAL',
    settleBasisDate,
    settleExpectDate,
    settleCompleteDate: settleExpectDate <= today ? settleExpectDate : undefined,
  };
}

/**
 * [U] Pay merchants are usually paid one business day after the purchase decision; public
 * holidays are ignored here, weekends are skipped.
 */
function nextBusinessDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);

  do {
    date.setUTCDate(date.getUTCDate() + 1);
  } while (date.getUTCDay() === 0 || date.getUTCDay() === 6);

  return date.toISOString().slice(0, 10);
}

type JsonObject = Record<string, unknown>;

const MERCHANT = {
  merchantId: SANDBOX_MERCHANT.mallId,
  merchantName: SANDBOX_MERCHANT.merchantName,
};

/** A 건별 정산 element. */
export function renderSettleCase(line: SettleLine): JsonObject {
  const { record } = line;

  return compact({
    settleBasisDate: line.settleBasisDate,
    settleExpectDate: line.settleExpectDate,
    settleCompleteDate: line.settleCompleteDate,
    payDate: line.payDate,
    orderId: record.order.orderId,
    productOrderId: record.productOrderId,
    productOrderType: 'PROD_ORDER',
    settleType: line.settleType,
    productId: record.product.productId,
    productName: record.product.productName,
    purchaserName: record.order.ordererName,
    paySettleAmount: line.paySettleAmount,
    totalPayCommissionAmount: -line.paymentCommission,
    freeInstallmentCommissionAmount: 0,
    // The sandbox's sale commission is the 2 % sales-linked (매출 연동) fee.
    sellingInterlockCommissionAmount: -line.saleCommission,
    benefitSettleAmount: 0,
    settleExpectAmount: line.settleExpectAmount,
    ...MERCHANT,
    contractNo: SANDBOX_MERCHANT.contractNo,
  });
}

/** The two 수수료 상세 elements of a settled line: the Npay fee and the sales-linked one. */
export function renderCommissionDetails(line: SettleLine): JsonObject[] {
  const { record } = line;
  const common = {
    orderNo: record.order.orderId,
    productOrderId: record.productOrderId,
    productOrderType: 'PROD_ORDER',
    productId: record.product.productId,
    productName: record.product.productName,
    ...MERCHANT,
    purchaserName: record.order.ordererName,
    settleType: line.settleType,
    settleBasisDate: line.settleBasisDate,
    settleExpectDate: line.settleExpectDate,
    settleCompleteDate: line.settleCompleteDate,
    taxReturnDate: line.settleBasisDate,
  };

  return [
    compact({
      ...common,
      commissionBasisAmount: line.paySettleAmount,
      commissionType: 'PAY_COMMISSION',
      payMeansType: payMeansTypeOf(record.order.paymentMeans),
      commissionAmount: -line.paymentCommission,
    }),
    compact({
      ...common,
      commissionBasisAmount: line.paySettleAmount - record.product.deliveryFeeAmount,
      // [U] CommissionType has no sales-linked value; SALE_COMMISSION is the nearest.
      commissionType: 'SALE_COMMISSION',
      sellingInterlockCommissionType: 'NAVER_SHOPPING',
      commissionAmount: -line.saleCommission,
    }),
  ];
}

interface VatAmounts {
  totalSalesAmount: number;
  taxationSalesAmount: number;
  taxExemptionSalesAmount: number;
  creditCardAmount: number;
  cashInComeDeductionAmount: number;
  cashOutGoingEvidenceAmount: number;
  cashExclusionIssuanceAmount: number;
  otherAmount: number;
}

/** A 건별 부가세 element. */
export function renderVatCase(line: SettleLine): JsonObject {
  const { record } = line;

  return compact({
    settleBasisDate: line.settleBasisDate,
    orderId: record.order.orderId,
    productOrderId: record.productOrderId,
    productOrderType: 'PROD_ORDER',
    detailType: 'VOUCH_DETAIL_PAYMENT_SETL',
    status: 'VOUCH_PUBLICATION',
    productName: record.product.productName,
    ...vatAmounts(line),
    ...MERCHANT,
  });
}

/** One 일별 부가세 element: the sums of the lines of one basis day. */
export function renderVatDaily(settleBasisDate: string, lines: readonly SettleLine[]) {
  const sums = lines.map(vatAmounts).reduce(addVatAmounts);

  return { settleBasisDate, ...sums, ...MERCHANT };
}

/** One 일별 정산 element: the settled lines paid out on one day. */
export function renderSettleDaily(settleExpectDate: string, lines: readonly SettleLine[]) {
  const sum = (amountOf: (line: SettleLine) => number) =>
    lines.reduce((total, line) => total + amountOf(line), 0);
  const basisDates = lines.map((line) => line.settleBasisDate as string).sort();
  const settleAmount = sum((line) => line.settleExpectAmount);

  return compact({
    settleBasisStartDate: basisDates[0],
    settleBasisEndDate: basisDates[basisDates.length - 1],
    settleExpectDate,
    settleCompleteDate: lines[0].settleCompleteDate,
    settleAmount,
    paySettleAmount: sum((line) => line.paySettleAmount),
    commissionSettleAmount: -sum((line) => line.paymentCommission + line.saleCommission),
    benefitSettleAmount: 0,
    deductionRestoreSettleAmount: 0,
    payHoldbackAmount: 0,
    minusChargeAmount: 0,
    differenceSettleAmount: 0,
    returnCareSettleAmount: 0,
    normalSettleAmount: settleAmount,
    quickSettleAmount: 0,
    preferentialCommissionAmount: 0,
    settlementLimitAmount: 0,
    settleMethodType: 'ACCOUNT',
    ...SANDBOX_MERCHANT.settlementAccount,
    ...MERCHANT,
  });
}

/** Card payments count as card sales, transfers as cash with a receipt, the rest as other. */
function vatAmounts(line: SettleLine): VatAmounts {
  const total = line.paySettleAmount;
  const means = line.record.order.paymentMeans;
  const isTaxed = line.record.product.taxType !== 'TAX_EXEMPTION';
  const isCard = means === '신용카드' || means === '신용카드 간편결제';
  const isCash = means === '계좌 간편결제' || means === '무통장입금';

  return {
    totalSalesAmount: total,
    taxationSalesAmount: isTaxed ? total : 0,
    taxExemptionSalesAmount: isTaxed ? 0 : total,
    creditCardAmount: isCard ? total : 0,
    cashInComeDeductionAmount: isCash ? total : 0,
    cashOutGoingEvidenceAmount: 0,
    cashExclusionIssuanceAmount: 0,
    otherAmount: isCard || isCash ? 0 : total,
  };
}

function addVatAmounts(left: VatAmounts, right: VatAmounts): VatAmounts {
  const sum = { ...left };

  for (const key of Object.keys(sum) as (keyof VatAmounts)[]) {
    sum[key] += right[key];
  }

  return sum;
}

function payMeansTypeOf(paymentMeans: PaymentMeans): string {
  switch (paymentMeans) {
    case '신용카드':
    case '신용카드 간편결제':
    case '패밀리결제':
      return 'PAYMEANS_TYPE_CCARD';
    case '휴대폰':
    case '휴대폰 간편결제':
      return 'PAYMEANS_TYPE_MOBIL';
    case '계좌 간편결제':
      return 'PAYMEANS_TYPE_BANK';
    case '무통장입금':
      return 'PAYMEANS_TYPE_VACCT';
    case '포인트/머니결제':
      return 'PAYMEANS_TYPE_NCASH';
    case '후불결제':
      return 'PAYMEANS_TYPE_PAYLATER';
  }
}

function compact(object: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
