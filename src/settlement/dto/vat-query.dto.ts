import { ApiProperty } from '@nestjs/swagger';

import {
  IsBeforeCurrentMonth,
  IsCalendarDate,
  IsDateOnOrAfter,
} from '../../common/validation/date-validators';
import { SettlePagingQuery } from './settle-paging-query.dto';

/**
 * 건별 부가세 내역 and 일별 부가세 내역: VAT figures between two dates (4.23). All fields are
 * required upstream, and both dates must lie in a closed month: the upstream serves them only
 * up to the end of last month (KST).
 */
export class VatQuery extends SettlePagingQuery {
  /** First day, inclusive (KST date, yyyy-MM-dd); no later than the end of last month. */
  @ApiProperty({ format: 'date', example: '2024-04-01' })
  @IsCalendarDate()
  @IsBeforeCurrentMonth()
  startDate!: string;

  /** Last day, inclusive: on or after `startDate`, no later than the end of last month. */
  @ApiProperty({ format: 'date', example: '2024-04-30' })
  @IsCalendarDate()
  @IsBeforeCurrentMonth()
  @IsDateOnOrAfter('startDate')
  endDate!: string;
}
