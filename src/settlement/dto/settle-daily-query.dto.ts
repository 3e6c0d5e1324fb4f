import { ApiProperty } from '@nestjs/swagger';

import { IsCalendarDate, IsDateOnOrAfter } from '../../common/validation/date-validators';
import { SettlePagingQuery } from './settle-paging-query.dto';

/**
 * 일별 정산 내역: settlement totals per day between two dates (4.23). All fields are required
 * upstream. The upstream publishes no longest range, so none is enforced here.
 */
export class SettleDailyQuery extends SettlePagingQuery {
  /** First day, inclusive (KST date, yyyy-MM-dd). */
  @ApiProperty({ format: 'date', example: '2024-05-01' })
  @IsCalendarDate()
  startDate!: string;

  /** Last day, inclusive: on or after `startDate`. */
  @ApiProperty({ format: 'date', example: '2024-05-31' })
  @IsCalendarDate()
  @IsDateOnOrAfter('startDate')
  endDate!: string;
}
