import { ApiProperty } from '@nestjs/swagger';

export enum WriteOutcome {
  /** Every product order was processed. */
  SUCCEEDED = 'SUCCEEDED',
  /** Some were processed, some refused: see `failed`. */
  PARTIALLY_SUCCEEDED = 'PARTIALLY_SUCCEEDED',
  /** None was processed: see `failed`. */
  FAILED = 'FAILED',
}

export class SucceededProductOrder {
  /** Product order id (상품 주문 번호). */
  @ApiProperty({ example: '2024050112345678' })
  productOrderId!: string;

  /**
   * 발주 확인 only: the buyer changed the shipping address after ordering; check it before
   * shipping.
   */
  isReceiverAddressChanged?: boolean;
}

export class FailedProductOrder {
  /** Product order id (상품 주문 번호). */
  @ApiProperty({ example: '2024050112345679' })
  productOrderId!: string;

  /** The upstream's error code for this product order. */
  @ApiProperty({ example: '104442' })
  code!: string;

  /** The upstream's explanation, as it sent it (Korean). */
  @ApiProperty({ example: '상품주문 상태를 확인해 주세요.' })
  message!: string;
}

/**
 * What happened to each product order of a write. The HTTP status says it at a glance: 200
 * when every product order succeeded, 207 when any failed.
 */
export class ProductOrderWriteResult {
  /** Whether all, some or none of the product orders were processed. */
  @ApiProperty({ enum: WriteOutcome, enumName: 'WriteOutcome' })
  outcome!: WriteOutcome;

  /** The product orders processed. */
  succeeded!: SucceededProductOrder[];

  /** The product orders refused, each with the upstream's code and message. */
  failed!: FailedProductOrder[];
}
