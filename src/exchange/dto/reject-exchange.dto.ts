import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

import { MAX_DETAILED_REASON_LENGTH } from '../../common/validation/limits';

/** 교환 거부(철회): the seller refuses an exchange (4.17); the buyer sees the reason. */
export class RejectExchangeRequest {
  /**
   * Why the exchange is refused; any text, not blank, up to 500 characters (our limit, as for
   * cancellation reasons; the upstream publishes none for this field).
   */
  @ApiProperty({ example: '교환 요청하신 옵션이 단종되어 교환이 어렵습니다.' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(MAX_DETAILED_REASON_LENGTH)
  rejectExchangeReason!: string;
}
