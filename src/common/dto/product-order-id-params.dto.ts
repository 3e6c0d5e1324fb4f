import { ApiProperty } from '@nestjs/swagger';

import { IsNpayId } from '../validation/validators';

/** Path parameters of the operations on one product order (delay, claims). */
export class ProductOrderIdParams {
  /** Product order id (상품 주문 번호). */
  @ApiProperty({ example: '2024050112345678' })
  @IsNpayId()
  productOrderId!: string;
}
