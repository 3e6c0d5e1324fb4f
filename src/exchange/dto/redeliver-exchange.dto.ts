import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsTrackingNumber,
  RequiredForParcelDelivery,
} from '../../common/validation/delivery-validators';
import { DeliveryCompany, DeliveryMethod, DispatchDeliveryMethod } from '../../npay/npay.enums';
import { IsEnumMember } from '../../common/validation/validators';

/**
 * 교환 재배송: send the replacement of a collected exchange (4.16). The upstream marks no
 * field required; as for a dispatch, the method is required here and a parcel (DELIVERY)
 * needs its courier and tracking number.
 */
export class RedeliverExchangeRequest {
  /** How the replacement travels (재배송 방법); only the methods that send goods out. */
  @ApiProperty({
    enum: DispatchDeliveryMethod,
    enumName: 'DispatchDeliveryMethod',
    example: DeliveryMethod.DELIVERY,
  })
  @IsEnumMember(DispatchDeliveryMethod)
  reDeliveryMethod!: DispatchDeliveryMethod;

  /** Courier carrying the replacement (재배송 택배사); required when the method is DELIVERY. */
  @ApiPropertyOptional({
    enum: DeliveryCompany,
    enumName: 'DeliveryCompany',
    example: DeliveryCompany.HANJIN,
  })
  @RequiredForParcelDelivery('reDeliveryMethod')
  @IsEnumMember(DeliveryCompany, { message: '$property must be a courier code, e.g. CJGLS' })
  reDeliveryCompany?: DeliveryCompany;

  /**
   * Tracking number of the replacement (재배송 송장 번호): 1 to 50 letters, digits or '-'.
   * Required when the method is DELIVERY.
   */
  @ApiPropertyOptional({ example: '1111111115' })
  @RequiredForParcelDelivery('reDeliveryMethod')
  @IsTrackingNumber()
  reDeliveryTrackingNumber?: string;
}
