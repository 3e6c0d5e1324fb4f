import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray } from 'class-validator';

import { IsNpayId } from '../../common/validation/validators';

/** The upstream confirms at most 30 product orders per call (4.5). */
export const MAX_IDS_PER_CONFIRM = 30;

/**
 * 발주 확인: confirm product orders for dispatch. The upstream leaves `productOrderIds`
 * unmarked, but the call means nothing without it, so it is required here.
 */
export class ConfirmProductOrdersRequest {
  /** Product order ids (상품 주문 번호) to confirm: 1 to 30, no repeats. */
  @ApiProperty({ type: [String], example: ['2024050112345678', '2024050112345679'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_IDS_PER_CONFIRM)
  @ArrayUnique({ message: 'productOrderIds must not repeat an id' })
  @IsNpayId({ each: true })
  productOrderIds!: string[];
}
