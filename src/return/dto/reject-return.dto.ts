import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

import { MAX_DETAILED_REASON_LENGTH } from '../../common/validation/limits';

/** 반품 거부(철회): the seller refuses a return (4.12); the buyer sees the reason. */
export class RejectReturnRequest {
  /**
   * Why the return is refused; any text, not blank, up to 500 characters (our limit, as for
   * cancellation reasons; the upstream publishes none for this field).
   */
  @ApiProperty({ example: '상품 사용 흔적이 있어 반품이 불가합니다.' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(MAX_DETAILED_REASON_LENGTH)
  rejectReturnReason!: string;
}
