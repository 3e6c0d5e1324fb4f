import { ApiPropertyOptional } from '@nestjs/swagger';

import { DeliveryCompany, DeliveryMethod, DeliveryStatus } from '../npay.enums';
import { ApiKstDateTime } from './api-kst-date-time.decorator';

/** 배송 정보: shipment data, present once the product order has been dispatched. */
export class Delivery {
  /** 배송 방법: how the goods were sent. */
  @ApiPropertyOptional({ enum: DeliveryMethod, enumName: 'DeliveryMethod' })
  deliveryMethod?: DeliveryMethod;

  /** 택배사: courier that carries the shipment. */
  @ApiPropertyOptional({ enum: DeliveryCompany, enumName: 'DeliveryCompany' })
  deliveryCompany?: DeliveryCompany;

  /**
   * 송장 번호: tracking number.
   * @example '640012345678'
   */
  trackingNumber?: string;

  /** 발송 일시: when the seller dispatched (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  sendDate?: string;

  /** 집화 일시: when the courier picked it up (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  pickupDate?: string;

  /** 배송 완료 일시: when it was delivered (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  deliveredDate?: string;

  /** 배송 상세 상태: courier tracking state. */
  @ApiPropertyOptional({ enum: DeliveryStatus, enumName: 'DeliveryStatus' })
  deliveryStatus?: DeliveryStatus;

  /** 오류 송장 여부: whether the tracking number was flagged as wrong. */
  isWrongTrackingNumber?: boolean;

  /** 오류 송장 등록 일시: when flagged as wrong (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  wrongTrackingNumberRegisteredDate?: string;

  /** 오류 송장 유형: kind of tracking number error. */
  wrongTrackingNumberType?: string;
}
