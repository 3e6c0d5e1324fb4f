import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

import { IsCalendarDate, IsDateOnOrAfter } from '../../common/validation/date-validators';
import { ToBoolean, ToInteger } from '../../common/validation/transforms';

/**
 * The upstream's limit (error 4003, "최대 365일"). Read as end − start ≤ 365 days; whether it
 * counts both ends (which would allow only 364) is unpublished.
 */
export const MAX_INQUIRY_SPAN_DAYS = 365;
export const MAX_INQUIRY_PAGE = 1_000_000;
export const MIN_INQUIRY_PAGE_SIZE = 10;
export const MAX_INQUIRY_PAGE_SIZE = 200;

/** 문의 조회: customer inquiries registered between two dates (4.21). */
export class InquirySearchQuery {
  /** First day of the search, inclusive (KST date, yyyy-MM-dd). */
  @ApiProperty({ format: 'date', example: '2024-05-01' })
  @IsCalendarDate()
  startSearchDate!: string;

  /** Last day of the search, inclusive: on or after `startSearchDate`, at most 365 days on. */
  @ApiProperty({ format: 'date', example: '2024-05-31' })
  @IsCalendarDate()
  @IsDateOnOrAfter('startSearchDate', MAX_INQUIRY_SPAN_DAYS)
  endSearchDate!: string;

  /** `true`: answered inquiries only; `false`: unanswered only; omitted: both. */
  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  answered?: boolean;

  /** Page number, 1 to 1,000,000 (default 1). */
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_INQUIRY_PAGE, default: 1 })
  @IsOptional()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(MAX_INQUIRY_PAGE)
  page?: number;

  /** Inquiries per page, 10 to 200 (default 10). */
  @ApiPropertyOptional({
    minimum: MIN_INQUIRY_PAGE_SIZE,
    maximum: MAX_INQUIRY_PAGE_SIZE,
    default: MIN_INQUIRY_PAGE_SIZE,
  })
  @IsOptional()
  @ToInteger()
  @IsInt()
  @Min(MIN_INQUIRY_PAGE_SIZE)
  @Max(MAX_INQUIRY_PAGE_SIZE)
  size?: number;
}
