import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

import { CancelReason } from '../../npay/npay.enums';

/**
 * The one length limit the upstream publishes for a free-text reason (cancelDetailedReason,
 * 4.8). We apply it to the other reason texts too; their own limits are unpublished. Counted
 * in characters (code points), not bytes: how the upstream counts is unpublished as well.
 */
export const MAX_DETAILED_REASON_LENGTH = 500;

/**
 * Our ceiling for quantities and won amounts. The upstream types quantities as `integer`
 * without a format, which we take for Java's int; fees are `number`, and no fee comes near
 * 2.1 billion won. Larger values are refused here rather than overflow upstream.
 */
export const MAX_UPSTREAM_INTEGER = 2_147_483_647;

/**
 * 취소 요청: the seller cancels a product order (4.8), for the whole quantity or, with
 * `cancelQuantity`, part of it.
 */
export class RequestCancelRequest {
  /** Why the order is cancelled (취소 사유). */
  @ApiProperty({ enum: CancelReason, enumName: 'CancelReason', example: CancelReason.SOLD_OUT })
  @IsEnum(CancelReason)
  cancelReason!: CancelReason;

  /** The reason in words, shown to the buyer; any text, up to 500 characters (the upstream's). */
  @ApiPropertyOptional({ example: '죄송합니다. 주문하신 색상이 품절되었습니다 😢' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_DETAILED_REASON_LENGTH)
  cancelDetailedReason?: string;

  /** How many units to cancel; omit to cancel the whole quantity of the product order. */
  @ApiPropertyOptional({ minimum: 1, example: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_UPSTREAM_INTEGER)
  cancelQuantity?: number;
}
