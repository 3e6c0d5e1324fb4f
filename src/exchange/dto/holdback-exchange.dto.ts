import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

import { MAX_DETAILED_REASON_LENGTH, MAX_UPSTREAM_INTEGER } from '../../common/validation/limits';
import { HoldbackReason } from '../../npay/npay.enums';
import { IsEnumMember, IsOmittable } from '../../common/validation/validators';

/** 교환 보류: the seller puts an exchange on hold (4.18), e.g. until an extra fee is paid. */
export class HoldbackExchangeRequest {
  /**
   * Why the exchange is on hold (보류 유형). The upstream documents one list for returns and
   * exchanges; which values it accepts for an exchange is unpublished (the names suggest the
   * EXCHANGE_* ones and the general ones), so all pass here.
   */
  @ApiProperty({
    enum: HoldbackReason,
    enumName: 'HoldbackReason',
    example: HoldbackReason.EXCHANGE_DELIVERYFEE,
  })
  @IsEnumMember(HoldbackReason)
  holdbackClassType!: HoldbackReason;

  /**
   * The hold reason in words, shown to the buyer; any text, not blank, up to 500 characters
   * (our limit, as for cancellation reasons).
   */
  @ApiProperty({ example: '교환 배송비 6,000원 입금 확인 후 재배송됩니다.' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(MAX_DETAILED_REASON_LENGTH)
  holdbackExchangeDetailReason!: string;

  /** Extra exchange cost demanded from the buyer, in whole KRW (won have no fraction). */
  @ApiPropertyOptional({ minimum: 0, example: 6000 })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(MAX_UPSTREAM_INTEGER)
  extraExchangeFeeAmount?: number;
}
