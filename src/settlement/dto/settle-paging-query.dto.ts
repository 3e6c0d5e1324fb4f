import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

import { ToInteger } from '../../common/validation/transforms';

/** The upstream's page size limit for every settlement query (4.23). */
export const MAX_SETTLE_PAGE_SIZE = 1000;

/** Paging of the settlement queries; the only fields the upstream marks required on all. */
export class SettlePagingQuery {
  /** Page number, from 1. */
  @ApiProperty({ minimum: 1, example: 1 })
  @ToInteger()
  @IsInt()
  @Min(1)
  pageNumber!: number;

  /** Items per page, 1 to 1,000. */
  @ApiProperty({ minimum: 1, maximum: MAX_SETTLE_PAGE_SIZE, example: 100 })
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(MAX_SETTLE_PAGE_SIZE)
  pageSize!: number;
}
