import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

import { MAX_DETAILED_REASON_LENGTH } from '../../common/validation/limits';
import { ToKstDateTime } from '../../common/validation/transforms';
import { IsEnumMember, IsIsoDateTime } from '../../common/validation/validators';
import { DelayedDispatchReason } from '../../npay/npay.enums';

/**
 * 발송 지연: move a product order's dispatch deadline and tell the buyer why (4.6). The
 * upstream marks none of the three fields required, but a delay without a new date or a
 * reason means nothing, so all three are required here.
 */
export class DelayDispatchRequest {
  /**
   * New dispatch deadline (발송 기한): an ISO 8601 date-time with any offset, sent on in KST.
   * How far ahead it may lie is not published; the upstream refuses one out of range (104105).
   */
  @ApiProperty({ format: 'date-time', example: '2024-05-08T18:00:00.000+09:00' })
  @ToKstDateTime()
  @IsIsoDateTime()
  dispatchDueDate!: string;

  /** Why dispatch is late (발송 지연 사유). */
  @ApiProperty({
    enum: DelayedDispatchReason,
    enumName: 'DelayedDispatchReason',
    example: DelayedDispatchReason.PRODUCT_PREPARE,
  })
  @IsEnumMember(DelayedDispatchReason)
  delayedDispatchReason!: DelayedDispatchReason;

  /**
   * The reason in words, shown to the buyer; any text, up to 500 characters (our limit, the
   * same as the one the upstream publishes for cancellation reasons). Note the spelling: the
   * product order reports it back as `delayedDispatchDetailedReason`.
   */
  @ApiProperty({ example: '주문 제작 상품이라 제작에 3일이 더 걸립니다 🙏' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(MAX_DETAILED_REASON_LENGTH)
  dispatchDelayedDetailedReason!: string;
}
