import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

import { MAX_DETAILED_REASON_LENGTH, MAX_UPSTREAM_INTEGER } from '../../common/validation/limits';
import { HoldbackReason } from '../../npay/npay.enums';
import { IsEnumMember, IsOmittable } from '../../common/validation/validators';

/**
 * 반품 보류: the seller puts a return on hold (4.13), typically to demand return costs before
 * refunding.
 */
export class HoldbackReturnRequest {
  /**
   * Why the return is on hold (보류 유형). The upstream documents one list for returns and
   * exchanges; which values it accepts for a return is unpublished (the names suggest the
   * RETURN_* ones, EXTRAFEEE and the general ones), so all pass here.
   */
  @ApiProperty({
    enum: HoldbackReason,
    enumName: 'HoldbackReason',
    example: HoldbackReason.RETURN_DELIVERYFEE,
  })
  @IsEnumMember(HoldbackReason)
  holdbackClassType!: HoldbackReason;

  /**
   * The hold reason in words, shown to the buyer; any text, not blank, up to 500 characters
   * (our limit, as for cancellation reasons).
   */
  @ApiProperty({ example: '반품 배송비 3,000원 입금 확인 후 환불됩니다.' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(MAX_DETAILED_REASON_LENGTH)
  holdbackReturnDetailReason!: string;

  /** Extra return cost demanded from the buyer, in whole KRW (won have no fraction). */
  @ApiPropertyOptional({ minimum: 0, example: 3000 })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(MAX_UPSTREAM_INTEGER)
  extraReturnFeeAmount?: number;
}
