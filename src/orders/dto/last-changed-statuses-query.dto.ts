import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

import { ToInteger, ToKstDateTime } from '../../common/validation/transforms';
import { IsEnumMember, IsIsoDateTime, IsWithinHoursOf } from '../../common/validation/validators';
import { LastChangedType } from '../../npay/npay.enums';

export const MAX_WINDOW_HOURS = 24;
export const MAX_PAGE_SIZE = 300;

export class LastChangedStatusesQuery {
  /**
   * Start of the window, inclusive: an ISO 8601 date-time with any offset. To fetch the next
   * page, pass `more.moreFrom` of the previous answer here.
   */
  @ApiProperty({ format: 'date-time', example: '2024-05-01T09:00:00.000+09:00' })
  @ToKstDateTime()
  @IsIsoDateTime()
  lastChangedFrom!: string;

  /**
   * End of the window, inclusive; at most 24 hours after `lastChangedFrom`. When omitted the
   * upstream takes `lastChangedFrom` + 24 h; keep it fixed while paging so the window stays put.
   */
  @ApiPropertyOptional({ format: 'date-time', example: '2024-05-02T09:00:00.000+09:00' })
  @IsOptional()
  @ToKstDateTime()
  @IsIsoDateTime()
  @IsWithinHoursOf('lastChangedFrom', MAX_WINDOW_HOURS)
  lastChangedTo?: string;

  /** Only product orders whose last change is of this kind. */
  @ApiPropertyOptional({ enum: LastChangedType, enumName: 'LastChangedType' })
  @IsOptional()
  @IsEnumMember(LastChangedType)
  lastChangedType?: LastChangedType;

  /** `more.moreSequence` of the previous page, exactly as received; nothing else. */
  @ApiPropertyOptional({ example: '2024050112345678' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z_-]{1,64}$/, {
    message: 'moreSequence must be the value from more.moreSequence',
  })
  moreSequence?: string;

  /** Most items in one page, 1 to 300 (the upstream's limit and default). */
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: MAX_PAGE_SIZE })
  @IsOptional()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limitCount?: number;
}
