import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import {
  CommissionType,
  PayMeansType,
  SettleMethodType,
  SettleProductOrderType,
  SettleType,
  VatDetailType,
  VatStatus,
} from '../npay.enums';

/*
 * Settlement results (4.23), from the Commerce API twin (`/v1/pay-settle/...`). Sent as is:
 * `{elements, pagination}`, not wrapped in `data`. Fields the upstream marks required are
 * required here; the rest it marks nullable. Amounts are in KRW.
 */

/** A settlement date: `yyyy-MM-dd`, a KST calendar day. */
function ApiSettleDate(): PropertyDecorator {
  return ApiPropertyOptional({ type: String, format: 'date', example: '2024-05-01' });
}

/** 건별 정산: one settlement line (a product order, a shipping fee, another cost, …). */
export class SettleCase {
  /** 정산 기준일: settlement basis date (yyyy-MM-dd). */
  @ApiSettleDate()
  settleBasisDate?: string;

  /** 정산 예정일: expected settlement date (yyyy-MM-dd). */
  @ApiSettleDate()
  settleExpectDate?: string;

  /** 정산 완료일: settlement completion date (yyyy-MM-dd). */
  @ApiSettleDate()
  settleCompleteDate?: string;

  /** 결제일: payment date (yyyy-MM-dd). */
  @ApiSettleDate()
  payDate?: string;

  /**
   * 주문 번호: order id.
   * @example '2024050112340001'
   */
  orderId?: string;

  /**
   * 상품 주문 번호: product order id, or the id of the shipping fee or other cost settled.
   * @example '2024050112345678'
   */
  productOrderId?: string;

  /** 정산 대상 구분: what the line settles. */
  @ApiProperty({ enum: SettleProductOrderType, enumName: 'SettleProductOrderType' })
  productOrderType!: SettleProductOrderType;

  /** 정산 상태: kind of settlement (ordinary, cancelled before or after, quick, …). */
  @ApiPropertyOptional({ enum: SettleType, enumName: 'SettleType' })
  settleType?: SettleType;

  /**
   * 상품 번호: product id.
   * @example '4812345678'
   */
  productId?: string;

  /** 상품명: product name. */
  productName?: string;

  /** 구매자명: buyer's name. */
  purchaserName?: string;

  /**
   * 결제 정산 금액: payment settled, the basis of the settlement.
   * @example 29000
   */
  paySettleAmount!: number;

  /**
   * 총 네이버페이 관리 수수료 금액: total Naver Pay commission.
   * @example -1073
   */
  totalPayCommissionAmount?: number;

  /** 판매자 부담 무이자 할부 수수료: interest-free instalment fee the seller bears. */
  freeInstallmentCommissionAmount?: number;

  /** 매출 연동 수수료: sales-linked commission. */
  sellingInterlockCommissionAmount?: number;

  /**
   * 혜택 정산 금액: benefits settled.
   * @example 0
   */
  benefitSettleAmount!: number;

  /**
   * 정산 예정 금액: amount to be paid out.
   * @example 27927
   */
  settleExpectAmount!: number;

  /**
   * 가맹점 ID: merchant id.
   * @example 'np_abcde12345'
   */
  merchantId?: string;

  /** 가맹점명: merchant name. */
  merchantName?: string;

  /** 계약 번호: contract number. */
  contractNo?: string;
}

/** 일별 정산: settlement totals of one payout. */
export class SettleDaily {
  /** 정산 기준 시작일: first basis day of the payout (yyyy-MM-dd). */
  @ApiSettleDate()
  settleBasisStartDate?: string;

  /** 정산 기준 종료일: last basis day of the payout (yyyy-MM-dd). */
  @ApiSettleDate()
  settleBasisEndDate?: string;

  /** 정산 예정일: expected payout date (yyyy-MM-dd). */
  @ApiSettleDate()
  settleExpectDate?: string;

  /** 정산 완료일: payout date (yyyy-MM-dd). */
  @ApiSettleDate()
  settleCompleteDate?: string;

  /**
   * 정산 금액: amount paid out.
   * @example 1250000
   */
  settleAmount?: number;

  /** 결제 정산 금액: payments settled, the basis of the settlement. */
  paySettleAmount?: number;

  /** 수수료 정산 금액: commissions settled. */
  commissionSettleAmount?: number;

  /** 혜택 정산 금액: benefits settled. */
  benefitSettleAmount?: number;

  /** 공제 환급 정산 금액: deductions and refunds settled. */
  deductionRestoreSettleAmount?: number;

  /** 지급 보류 금액: amount held back. */
  payHoldbackAmount?: number;

  /** 마이너스 충전금 상계 금액: negative balance offset. */
  minusChargeAmount?: number;

  /** 차액 정산 금액: difference settled. */
  differenceSettleAmount?: number;

  /**
   * 반품안심케어 정산 금액: return-care insurance settled.
   * @example 0
   */
  returnCareSettleAmount!: number;

  /** 일반 정산 금액: ordinary settlement. */
  normalSettleAmount?: number;

  /** 빠른정산 금액: quick settlement. */
  quickSettleAmount?: number;

  /** 우대 수수료 환급 금액: preferential commission refunded. */
  preferentialCommissionAmount?: number;

  /** 한도 보류/해제 금액: amount held or released by the settlement limit. */
  settlementLimitAmount?: number;

  /** 정산 방법: paid by bank transfer or as a balance. */
  @ApiPropertyOptional({ enum: SettleMethodType, enumName: 'SettleMethodType' })
  settleMethodType?: SettleMethodType;

  /**
   * 은행: bank code (about 60 values upstream, e.g. KB, SHINHAN, WOORI, KEB_HANA, NH, KBANK,
   * KKOBANK, TOSS). Left as a string: the list is long and changes.
   * @example 'KB'
   */
  bankType?: string;

  /** 예금주: account holder. */
  depositorName?: string;

  /** 계좌 번호: account number. */
  accountNo?: string;

  /** 가맹점 ID: merchant id. */
  merchantId?: string;

  /** 가맹점명: merchant name. */
  merchantName?: string;
}

/** 수수료 상세: one commission charged on a settlement line. */
export class SettleCommissionDetail {
  /**
   * 주문 번호: order id (named `orderNo` here, `orderId` elsewhere).
   * @example '2024050112340001'
   */
  orderNo!: string;

  /**
   * 상품 주문 번호: product order id, or the id of the shipping fee or other cost.
   * @example '2024050112345678'
   */
  productOrderId!: string;

  /** 정산 대상 구분: what the line settles. */
  @ApiProperty({ enum: SettleProductOrderType, enumName: 'SettleProductOrderType' })
  productOrderType!: SettleProductOrderType;

  /** 상품 번호: product id. */
  productId?: string;

  /** 상품명: product name. */
  productName?: string;

  /** 가맹점 ID: merchant id. */
  merchantId!: string;

  /** 가맹점명: merchant name. */
  merchantName!: string;

  /** 구매자명: buyer's name. */
  purchaserName?: string;

  /** 정산 상태: kind of settlement. */
  @ApiProperty({ enum: SettleType, enumName: 'SettleType' })
  settleType!: SettleType;

  /** 정산 기준일: settlement basis date (yyyy-MM-dd). */
  @ApiSettleDate()
  settleBasisDate?: string;

  /** 정산 예정일: expected settlement date (yyyy-MM-dd). */
  @ApiSettleDate()
  settleExpectDate?: string;

  /** 정산 완료일: settlement completion date (yyyy-MM-dd). */
  @ApiSettleDate()
  settleCompleteDate?: string;

  /** 세금 신고 기준일: tax return basis date (yyyy-MM-dd). */
  @ApiSettleDate()
  taxReturnDate?: string;

  /**
   * 수수료 기준 금액: amount the commission is computed on.
   * @example 29000
   */
  commissionBasisAmount!: number;

  /** 수수료 타입: kind of commission. */
  @ApiProperty({ enum: CommissionType, enumName: 'CommissionType' })
  commissionType!: CommissionType;

  /**
   * 매출 연동 수수료 타입: where a sales-linked commission comes from (about 130 values
   * upstream, e.g. NAVER_SHOPPING, SHOPPING_SEARCH, BRAND_STORE). Left as a string: the list
   * is long and changes often.
   * @example 'NAVER_SHOPPING'
   */
  sellingInterlockCommissionType?: string;

  /** 결제 수단: payment means the commission applies to. */
  @ApiPropertyOptional({ enum: PayMeansType, enumName: 'PayMeansType' })
  payMeansType?: PayMeansType;

  /**
   * 수수료 금액: the commission.
   * @example -1073
   */
  commissionAmount!: number;

  /** 최대 과금 매출 연동 수수료 금액: cap on the sales-linked commission. */
  maximumSellingInterlockCommissionAmount?: number;
}

/** VAT sums shared by the case and daily VAT results. */
abstract class VatAmounts {
  /**
   * 총 매출 금액: total sales.
   * @example 29000
   */
  totalSalesAmount!: number;

  /**
   * 과세 매출 금액: taxable sales.
   * @example 29000
   */
  taxationSalesAmount!: number;

  /**
   * 면세 매출 금액: tax-exempt sales.
   * @example 0
   */
  taxExemptionSalesAmount!: number;

  /**
   * 신용카드 금액: paid by credit card.
   * @example 29000
   */
  creditCardAmount!: number;

  /**
   * 현금영수증 소득공제 금액: cash receipts for income deduction.
   * @example 0
   */
  cashInComeDeductionAmount!: number;

  /**
   * 현금영수증 지출 증빙 금액: cash receipts as expense evidence.
   * @example 0
   */
  cashOutGoingEvidenceAmount!: number;

  /**
   * 현금영수증 발행 제외 금액: cash without a receipt.
   * @example 0
   */
  cashExclusionIssuanceAmount!: number;

  /**
   * 기타 금액: other.
   * @example 0
   */
  otherAmount!: number;

  /** 가맹점 ID: merchant id. */
  merchantId?: string;

  /** 가맹점명: merchant name. */
  merchantName?: string;
}

/** 건별 부가세: VAT figures of one settlement line. */
export class VatCase extends VatAmounts {
  /** 정산 기준일: settlement basis date (yyyy-MM-dd). */
  @ApiSettleDate()
  settleBasisDate?: string;

  /**
   * 주문 번호: order id.
   * @example '2024050112340001'
   */
  orderId!: string;

  /**
   * 상품 주문 번호: product order id, or the id of the shipping fee or other cost.
   * @example '2024050112345678'
   */
  productOrderId?: string;

  /** 정산 대상 구분: what the line settles. */
  @ApiPropertyOptional({ enum: SettleProductOrderType, enumName: 'SettleProductOrderType' })
  productOrderType?: SettleProductOrderType;

  /** 상세 유형: payment, benefit, or deduction and refund. */
  @ApiPropertyOptional({ enum: VatDetailType, enumName: 'VatDetailType' })
  detailType?: VatDetailType;

  /** 상태: sale, cancellation, refund or refund cancelled. */
  @ApiPropertyOptional({ enum: VatStatus, enumName: 'VatStatus' })
  status?: VatStatus;

  /** 상품명: product name. */
  productName?: string;
}

/** 일별 부가세: VAT figures of one day. */
export class VatDaily extends VatAmounts {
  /** 정산 기준일: the day (yyyy-MM-dd). */
  @ApiSettleDate()
  settleBasisDate?: string;
}

/** 페이지 정보: paging state of a settlement query. */
export class SettlePagination {
  /**
   * 페이지 번호: this page's number.
   * @example 1
   */
  page?: number;

  /**
   * 페이지 크기: page size.
   * @example 100
   */
  size?: number;

  /**
   * 전체 페이지 수: number of pages.
   * @example 3
   */
  totalPages?: number;

  /**
   * 전체 건수: number of items found (int64).
   * @example 250
   */
  totalElements?: number;
}

/** 건별 정산 내역: one page of settlement lines. */
export class SettleCasePage {
  /** 정산 내역: the lines of this page. */
  elements!: SettleCase[];

  /** 페이지 정보: paging state. */
  pagination!: SettlePagination;
}

/** 일별 정산 내역: one page of daily settlements. */
export class SettleDailyPage {
  /** 정산 내역: the days of this page. */
  elements!: SettleDaily[];

  /** 페이지 정보: paging state. */
  pagination!: SettlePagination;
}

/** 수수료 상세 내역: one page of commissions. */
export class SettleCommissionDetailPage {
  /** 수수료 내역: the commissions of this page. */
  elements!: SettleCommissionDetail[];

  /** 페이지 정보: paging state. */
  pagination!: SettlePagination;
}

/** 건별 부가세 내역: one page of VAT lines. */
export class VatCasePage {
  /** 부가세 내역: the lines of this page. */
  elements!: VatCase[];

  /** 페이지 정보: paging state. */
  pagination!: SettlePagination;
}

/** 일별 부가세 내역: one page of daily VAT figures. */
export class VatDailyPage {
  /** 부가세 내역: the days of this page. */
  elements!: VatDaily[];

  /** 페이지 정보: paging state. */
  pagination!: SettlePagination;
}
