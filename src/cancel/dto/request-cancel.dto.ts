import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';

import { MAX_DETAILED_REASON_LENGTH, MAX_UPSTREAM_INTEGER } from '../../common/validation/limits';
import { CancelReason } from '../../npay/npay.enums';
import { IsEnumMember, IsOmittable } from '../../common/validation/validators';

/**
 * 취소 요청: the seller cancels a product order (4.8), for the whole quantity or, with
 * `cancelQuantity`, part of it.
 */
export class RequestCancelRequest {
  /** Why the order is cancelled (취소 사유). */
  @ApiProperty({ enum: CancelReason, enumName: 'CancelReason', example: CancelReason.SOLD_OUT })
  @IsEnumMember(CancelReason)
  cancelReason!: CancelReason;

  /** The reason in words, shown to the buyer; any text, up to 500 characters (the upstream's). */
  @ApiPropertyOptional({ example: '죄송합니다. 주문하신 색상이 품절되었습니다 😢' })
  @IsOmittable()
  @IsString()
  @MaxLength(MAX_DETAILED_REASON_LENGTH)
  cancelDetailedReason?: string;

  /** How many units to cancel; omit to cancel the whole quantity of the product order. */
  @ApiPropertyOptional({ minimum: 1, example: 1 })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(MAX_UPSTREAM_INTEGER)
  cancelQuantity?: number;
}
