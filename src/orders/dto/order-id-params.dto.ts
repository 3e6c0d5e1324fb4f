import { ApiProperty } from '@nestjs/swagger';

import { IsNpayId } from '../../common/validation/validators';

export class OrderIdParams {
  /** Order id (주문 번호). */
  @ApiProperty({ example: '2024050112340001' })
  @IsNpayId()
  orderId!: string;
}
