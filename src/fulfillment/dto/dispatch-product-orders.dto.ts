import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';

import { ToKstDateTime } from '../../common/validation/transforms';
import {
  IsTrackingNumber,
  RequiredForParcelDelivery,
} from '../../common/validation/delivery-validators';
import {
  HasNoRepeated,
  IsEnumMember,
  IsIsoDateTime,
  IsNpayId,
} from '../../common/validation/validators';
import { DeliveryCompany, DeliveryMethod, DispatchDeliveryMethod } from '../../npay/npay.enums';

/** The upstream dispatches at most 30 product orders per call (4.7). */
export const MAX_DISPATCHES_PER_CALL = 30;

/** One product order to mark as dispatched, with how it travels. */
export class DispatchProductOrderEntry {
  /** Product order id (상품 주문 번호). */
  @ApiProperty({ example: '2024050112345678' })
  @IsNpayId()
  productOrderId!: string;

  /**
   * How the goods travel (배송 방법). Only the methods that send goods out; the RETURN_* ones
   * are for collecting returns.
   */
  @ApiProperty({
    enum: DispatchDeliveryMethod,
    enumName: 'DispatchDeliveryMethod',
    example: DeliveryMethod.DELIVERY,
  })
  @IsEnumMember(DispatchDeliveryMethod)
  deliveryMethod!: DispatchDeliveryMethod;

  /** Courier (택배사 코드); required when `deliveryMethod` is DELIVERY. */
  @ApiPropertyOptional({
    enum: DeliveryCompany,
    enumName: 'DeliveryCompany',
    example: DeliveryCompany.CJGLS,
  })
  @RequiredForParcelDelivery('deliveryMethod')
  @IsEnumMember(DeliveryCompany, { message: '$property must be a courier code, e.g. CJGLS' })
  deliveryCompanyCode?: DeliveryCompany;

  /**
   * Tracking number (송장 번호): 1 to 50 letters, digits or '-'. Required when
   * `deliveryMethod` is DELIVERY.
   */
  @ApiPropertyOptional({ example: '640012345678' })
  @RequiredForParcelDelivery('deliveryMethod')
  @IsTrackingNumber()
  trackingNumber?: string;

  /** When the goods left (발송일): an ISO 8601 date-time with any offset, sent on in KST. */
  @ApiProperty({ format: 'date-time', example: '2024-05-02T14:30:00.000+09:00' })
  @ToKstDateTime()
  @IsIsoDateTime()
  dispatchDate!: string;
}

/**
 * 발송 처리: mark product orders as dispatched. The upstream answers per product order, so
 * some may succeed while others fail.
 */
export class DispatchProductOrdersRequest {
  /** The product orders to dispatch: 1 to 30, each product order at most once. */
  @ApiProperty({
    type: [DispatchProductOrderEntry],
    example: [
      {
        productOrderId: '2024050112345678',
        deliveryMethod: DeliveryMethod.DELIVERY,
        deliveryCompanyCode: DeliveryCompany.CJGLS,
        trackingNumber: '640012345678',
        dispatchDate: '2024-05-02T14:30:00.000+09:00',
      },
      {
        productOrderId: '2024050112345679',
        deliveryMethod: DeliveryMethod.DIRECT_DELIVERY,
        dispatchDate: '2024-05-02T15:00:00.000+09:00',
      },
    ],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_DISPATCHES_PER_CALL)
  @HasNoRepeated('productOrderId')
  @ValidateNested({ each: true })
  @Type(() => DispatchProductOrderEntry)
  dispatchProductOrders!: DispatchProductOrderEntry[];
}
