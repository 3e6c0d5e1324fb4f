import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

import { ToBoolean, ToInteger, ToKstDateTime, ToList } from '../../common/validation/transforms';
import { IsEnumMember, IsIsoDateTime, IsWithinHoursOf } from '../../common/validation/validators';
import {
  ClaimStatus,
  PlaceOrderStatus,
  ProductOrderStatus,
  RangeType,
} from '../../npay/npay.enums';
import { MAX_PAGE_SIZE, MAX_WINDOW_HOURS } from './last-changed-statuses-query.dto';

export class ProductOrderSearchQuery {
  /** Start of the window, inclusive: an ISO 8601 date-time with any offset. */
  @ApiProperty({ format: 'date-time', example: '2024-05-01T00:00:00.000+09:00' })
  @ToKstDateTime()
  @IsIsoDateTime()
  from!: string;

  /** End of the window, inclusive; at most 24 hours after `from` (default `from` + 24 h). */
  @ApiPropertyOptional({ format: 'date-time', example: '2024-05-01T23:59:59.999+09:00' })
  @IsOptional()
  @ToKstDateTime()
  @IsIsoDateTime()
  @IsWithinHoursOf('from', MAX_WINDOW_HOURS)
  to?: string;

  /** Which timestamp of a product order the window applies to (default PAYED_DATETIME). */
  @ApiPropertyOptional({ enum: RangeType, enumName: 'RangeType' })
  @IsOptional()
  @IsEnumMember(RangeType)
  rangeType?: RangeType;

  /** Only these statuses; repeat the key or join values with commas. */
  @ApiPropertyOptional({
    enum: ProductOrderStatus,
    enumName: 'ProductOrderStatus',
    isArray: true,
  })
  @IsOptional()
  @ToList()
  @ArrayUnique()
  @IsEnumMember(ProductOrderStatus, { each: true })
  productOrderStatuses?: ProductOrderStatus[];

  /** Only these claim statuses; repeat the key or join values with commas. */
  @ApiPropertyOptional({
    enum: ClaimStatus,
    enumName: 'ClaimStatus',
    isArray: true,
  })
  @IsOptional()
  @ToList()
  @ArrayUnique()
  @IsEnumMember(ClaimStatus, { each: true })
  claimStatuses?: ClaimStatus[];

  /** Only this place-order (발주) status. */
  @ApiPropertyOptional({ enum: PlaceOrderStatus, enumName: 'PlaceOrderStatus' })
  @IsOptional()
  @IsEnumMember(PlaceOrderStatus)
  placeOrderStatusType?: PlaceOrderStatus;

  /** `true`: fulfillment products only; `false`: all others; omitted: both. */
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  fulfillment?: boolean;

  /** Items per page, 1 to 300 (default 300). */
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: MAX_PAGE_SIZE })
  @IsOptional()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;

  /** Page number, from 1. */
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @ToInteger()
  @IsInt()
  @Min(1)
  page?: number;

  /** As for the query by ids: `true` once your service handles partial (quantity) claims. */
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  quantityClaimCompatibility?: boolean;
}
