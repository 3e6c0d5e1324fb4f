import { ApiPropertyOptional } from '@nestjs/swagger';

import { PayLocationType } from '../npay.enums';
import { ApiKstDateTime } from './api-kst-date-time.decorator';

/** 주문 정보: order-level data shared by all product orders of one order (payer, payment). */
export class Order {
  /**
   * 주문 번호: order id.
   * @example '2024050112345601'
   */
  orderId?: string;

  /** 주문 일시: when the order was placed (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  orderDate?: string;

  /** 주문자 ID: buyer's account id. */
  ordererId?: string;

  /** 주문자 번호: buyer's member number. */
  ordererNo?: string;

  /** 주문자 이름: buyer's name (masked for gift orders). */
  ordererName?: string;

  /** 주문자 연락처: buyer's phone number (masked for gift orders). */
  ordererTel?: string;

  /** 결제 일시: time of the final payment (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  paymentDate?: string;

  /** 결제 기한: payment deadline (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  paymentDueDate?: string;

  /** 결제 수단: payment means as a Korean label, not a code (e.g. 신용카드, 무통장입금, 후불결제). */
  paymentMeans?: string;

  /** 결제 위치 구분: whether the buyer paid on PC or mobile. */
  @ApiPropertyOptional({ enum: PayLocationType, enumName: 'PayLocationType' })
  payLocationType?: PayLocationType;

  /** 배송 메모 개별 입력 여부: whether delivery memos were entered per item (a string flag). */
  isDeliveryMemoParticularInput?: string;

  /** 주문 시점 멤버십 여부: whether the buyer had a membership when ordering. */
  isMembershipSubscribed?: boolean;

  /** 일반 결제 수단 최종 결제 금액: amount paid with general means (card, bank, phone), KRW. */
  generalPaymentAmount?: number;

  /** 네이버페이 포인트 최종 결제 금액: amount paid with Naver Pay points, KRW. */
  naverMileagePaymentAmount?: number;

  /** 충전금 최종 결제 금액: amount paid with charged Naver Pay money, KRW. */
  chargeAmountPaymentAmount?: number;

  /** 네이버페이 적립금 최종 결제 금액: amount paid with Naver Pay accumulation, KRW. */
  checkoutAccumulationPaymentAmount?: number;

  /** 후불 결제 최종 결제 금액: amount paid with pay-later, KRW. */
  payLaterPaymentAmount?: number;

  /** 주문 할인액: order-level discount, KRW. */
  orderDiscountAmount?: number;
}
