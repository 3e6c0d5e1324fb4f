import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean } from 'class-validator';

import { IsNpayId, IsOmittable } from '../../common/validation/validators';

export const MAX_IDS_PER_QUERY = 300;

export class ProductOrderQueryRequest {
  /** Product order ids (상품 주문 번호) to read: 1 to 300, no repeats. */
  @ApiProperty({ type: [String], example: ['2024050112345678', '2024050112345679'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_IDS_PER_QUERY)
  @ArrayUnique({ message: 'productOrderIds must not repeat an id' })
  @IsNpayId({ each: true })
  productOrderIds!: string[];

  /**
   * Send `true` once your service handles partial (quantity) claims; the upstream then reports
   * quantities and amounts per claim.
   */
  @IsOmittable()
  @IsBoolean()
  quantityClaimCompatibility?: boolean;
}
