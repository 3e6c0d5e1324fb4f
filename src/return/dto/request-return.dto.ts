import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

import { MAX_UPSTREAM_INTEGER } from '../../common/validation/limits';
import { IsTrackingNumber } from '../../common/validation/delivery-validators';
import { DeliveryCompany, DeliveryMethod, ReturnReason } from '../../npay/npay.enums';
import { IsEnumMember, IsOmittable } from '../../common/validation/validators';

/**
 * 반품 요청(접수): the seller registers a return for the buyer (4.10), for the whole quantity
 * or, with `returnQuantity`, part of it.
 */
export class RequestReturnRequest {
  /** Why the goods come back (반품 사유). */
  @ApiProperty({ enum: ReturnReason, enumName: 'ReturnReason', example: ReturnReason.BROKEN })
  @IsEnumMember(ReturnReason)
  returnReason!: ReturnReason;

  /**
   * How the goods come back (수거 배송 방법), typically RETURN_DESIGNATED, RETURN_DELIVERY,
   * RETURN_INDIVIDUAL or DELIVERY. Which methods the upstream accepts here is unpublished, so
   * any DeliveryMethod passes and the upstream decides.
   */
  @ApiProperty({
    enum: DeliveryMethod,
    enumName: 'DeliveryMethod',
    example: DeliveryMethod.RETURN_DESIGNATED,
  })
  @IsEnumMember(DeliveryMethod)
  collectDeliveryMethod!: DeliveryMethod;

  /**
   * Courier collecting the goods (수거 택배사), when already known. Optional upstream even
   * for DELIVERY: a designated pickup gets its courier later.
   */
  @ApiPropertyOptional({
    enum: DeliveryCompany,
    enumName: 'DeliveryCompany',
    example: DeliveryCompany.CJGLS,
  })
  @IsOmittable()
  @IsEnumMember(DeliveryCompany, { message: '$property must be a courier code, e.g. CJGLS' })
  collectDeliveryCompany?: DeliveryCompany;

  /** Tracking number of the collection (수거 송장 번호): 1 to 50 letters, digits or '-'. */
  @ApiPropertyOptional({ example: 'D2485799470' })
  @IsOmittable()
  @IsTrackingNumber()
  collectTrackingNumber?: string;

  /** How many units come back; omit for the whole quantity of the product order. */
  @ApiPropertyOptional({ minimum: 1, example: 1 })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(MAX_UPSTREAM_INTEGER)
  returnQuantity?: number;
}
