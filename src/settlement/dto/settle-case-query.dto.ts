import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateBy } from 'class-validator';

import { IsCalendarDate } from '../../common/validation/date-validators';
import { IsEnumMember, IsNpayId } from '../../common/validation/validators';
import { SettleDecisionType, SettlePeriodType, SettleType } from '../../npay/npay.enums';
import { SettlePagingQuery } from './settle-paging-query.dto';

/**
 * The upstream documents `settleDecisionType` for payment-date searches only. We refuse it on
 * other searches rather than leave the caller guessing whether the upstream ignored it.
 */
const AppliesOnlyToPayDateSearch = (): PropertyDecorator =>
  ValidateBy({
    name: 'appliesOnlyToPayDateSearch',
    validator: {
      validate: (_value, args) => {
        const { periodType } = args?.object as SettleCaseQuery;

        return periodType === SettlePeriodType.SETTLE_CASEBYCASE_PAY_DATE;
      },
      defaultMessage: () =>
        'settleDecisionType applies only when periodType is SETTLE_CASEBYCASE_PAY_DATE',
    },
  });

/**
 * 건별 정산 내역 and 수수료 상세 내역: settlement lines, or their commissions, of one day
 * (4.23). The upstream marks only the paging required. We also require `searchDate` and
 * `periodType`, since a day without saying which date it is (payment, settlement, …) has no
 * meaning; unsure: the upstream may accept a search by `orderId` or `productOrderId` alone,
 * and if it does, these two should become optional.
 */
export class SettleCaseQuery extends SettlePagingQuery {
  /** The day searched (조회일, KST date, yyyy-MM-dd); `periodType` says which date it is. */
  @ApiProperty({ format: 'date', example: '2024-05-01' })
  @IsCalendarDate()
  searchDate!: string;

  /** Which date of a settlement line `searchDate` is (조회 기간 기준). */
  @ApiProperty({
    enum: SettlePeriodType,
    enumName: 'SettlePeriodType',
    example: SettlePeriodType.SETTLE_CASEBYCASE_SETTLE_BASIS_DATE,
  })
  @IsEnumMember(SettlePeriodType)
  periodType!: SettlePeriodType;

  /** Only the lines of this order (주문 번호). */
  @ApiPropertyOptional({ example: '2024050112340001' })
  @IsOptional()
  @IsNpayId()
  orderId?: string;

  /** Only the lines of this product order (상품 주문 번호). */
  @ApiPropertyOptional({ example: '2024050112345678' })
  @IsOptional()
  @IsNpayId()
  productOrderId?: string;

  /** Only settled, unsettled or cancelled payments; for payment-date searches only. */
  @ApiPropertyOptional({ enum: SettleDecisionType, enumName: 'SettleDecisionType' })
  @IsOptional()
  @IsEnumMember(SettleDecisionType)
  @AppliesOnlyToPayDateSearch()
  settleDecisionType?: SettleDecisionType;

  /**
   * Only lines of this kind (정산 구분). PURCHASE_CONFIRM is in the upstream's description but
   * not in its list of accepted values; it passes here and the upstream decides.
   */
  @ApiPropertyOptional({ enum: SettleType, enumName: 'SettleType' })
  @IsOptional()
  @IsEnumMember(SettleType)
  settleType?: SettleType;
}
