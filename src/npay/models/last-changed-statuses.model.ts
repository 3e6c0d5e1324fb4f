import { ApiPropertyOptional } from '@nestjs/swagger';

import {
  ClaimStatus,
  ClaimType,
  GiftReceivingStatus,
  LastChangedType,
  ProductOrderStatus,
} from '../npay.enums';
import { ApiKstDateTime } from './api-kst-date-time.decorator';

/** 변경 상품 주문 정보: one product order that changed in the queried window, with its latest change. */
export class LastChangedStatus {
  /**
   * 주문 번호: order id.
   * @example '2024050112345601'
   */
  orderId?: string;

  /**
   * 상품 주문 번호: product order id.
   * @example '2024050112345678'
   */
  productOrderId?: string;

  /** 최종 변경 구분: kind of the latest change. */
  @ApiPropertyOptional({ enum: LastChangedType, enumName: 'LastChangedType' })
  lastChangedType?: LastChangedType;

  /** 최종 변경 일시: latest change, the sort key (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  lastChangedDate?: string;

  /** 결제 일시: payment time; absent while unpaid (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  paymentDate?: string;

  /** 상품 주문 상태: current status of the product order. */
  @ApiPropertyOptional({ enum: ProductOrderStatus, enumName: 'ProductOrderStatus' })
  productOrderStatus?: ProductOrderStatus;

  /** 클레임 구분: kind of the current claim; absent when there is none. */
  @ApiPropertyOptional({ enum: ClaimType, enumName: 'ClaimType' })
  claimType?: ClaimType;

  /** 클레임 상태: status of the current claim; absent when there is none. */
  @ApiPropertyOptional({ enum: ClaimStatus, enumName: 'ClaimStatus' })
  claimStatus?: ClaimStatus;

  /** 배송지 정보 변경 여부: whether the buyer changed the shipping address (default false). */
  receiverAddressChanged?: boolean;

  /** 선물 수락 상태: gift acceptance state (gift orders only). */
  @ApiPropertyOptional({ enum: GiftReceivingStatus, enumName: 'GiftReceivingStatus' })
  giftReceivingStatus?: GiftReceivingStatus;
}

/**
 * 추가 조회 정보: where the next page starts. Pass `moreFrom` as `lastChangedFrom` and
 * `moreSequence` as `moreSequence` on the next call, keeping `lastChangedTo` unchanged.
 */
export class LastChangedStatusesMore {
  /** 다음 조회 시작 일시: next `lastChangedFrom` (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  moreFrom?: string;

  /**
   * 다음 조회 시퀀스: opaque tie-breaker among items sharing `moreFrom`.
   * @example '2024050112345699'
   */
  moreSequence?: string;
}

/**
 * 변경 상품 주문 내역: one page of the last-changed-statuses query, sorted by `lastChangedDate`,
 * then `productOrderId`.
 */
export class LastChangedStatusesPage {
  /**
   * 조회 건수: number of items in this page (at most 300, or `limitCount`).
   * @example 2
   */
  count!: number;

  /** 변경 상품 주문 목록: the changed product orders. */
  lastChangeStatuses!: LastChangedStatus[];

  /** 추가 조회 정보: present only when more items exist in the window. */
  more?: LastChangedStatusesMore;
}
