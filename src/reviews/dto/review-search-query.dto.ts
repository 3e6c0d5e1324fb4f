import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

import { ToInteger, ToKstDateTime } from '../../common/validation/transforms';
import { IsEnumMember, IsIsoDateTime, IsWithinHoursOf } from '../../common/validation/validators';
import { PurchaseReviewClassType } from '../../npay/npay.enums';

/**
 * The legacy SOAP operation served one day at a time (community clients note "하루간격만
 * 조회"); we keep that window until the REST limit is known.
 */
export const MAX_REVIEW_WINDOW_HOURS = 24;

/** Our guess, the same page limit as the conditional product order query (4.4). */
export const MAX_REVIEW_PAGE_SIZE = 300;

/**
 * 리뷰 조회 (`GET /v1/pay-order/mall/reviews`, 4.20). GUESS: the REST query is unpublished.
 * The fields are modelled on the legacy SOAP GetPurchaseReviewList (InquiryTimeFrom,
 * InquiryTimeTo, PurchaseReviewClassType, cursor paging) renamed in the camelCase style of the
 * REST API, with page-number paging as in the conditional product order query. Expect to
 * rename them once Naver Pay publishes the real ones.
 */
export class ReviewSearchQuery {
  /** Start of the window, inclusive: an ISO 8601 date-time with any offset, sent on in KST. */
  @ApiProperty({ format: 'date-time', example: '2024-05-01T00:00:00.000+09:00' })
  @ToKstDateTime()
  @IsIsoDateTime()
  fromDateTime!: string;

  /**
   * End of the window, inclusive; at most 24 hours after `fromDateTime`. Required because the
   * upstream's default, if it has one, is unknown.
   */
  @ApiProperty({ format: 'date-time', example: '2024-05-01T23:59:59.999+09:00' })
  @ToKstDateTime()
  @IsIsoDateTime()
  @IsWithinHoursOf('fromDateTime', MAX_REVIEW_WINDOW_HOURS)
  toDateTime!: string;

  /**
   * Which reviews: GENERAL (text) or PREMIUM (photo or video). Required, as it was in SOAP,
   * which listed the two kinds separately.
   */
  @ApiProperty({
    enum: PurchaseReviewClassType,
    enumName: 'PurchaseReviewClassType',
    example: PurchaseReviewClassType.GENERAL,
  })
  @IsEnumMember(PurchaseReviewClassType)
  reviewType!: PurchaseReviewClassType;

  /** Page number, from 1. */
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @ToInteger()
  @IsInt()
  @Min(1)
  page?: number;

  /** Reviews per page, 1 to 300 (our guess at the upstream's limit). */
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_REVIEW_PAGE_SIZE })
  @IsOptional()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(MAX_REVIEW_PAGE_SIZE)
  pageSize?: number;
}
