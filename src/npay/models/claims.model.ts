import { ApiPropertyOptional } from '@nestjs/swagger';

import {
  ClaimDeliveryFeeSupportType,
  ClaimReason,
  ClaimStatus,
  ClaimType,
  CollectStatus,
  DeliveryCompany,
  DeliveryMethod,
  DeliveryStatus,
  HoldbackReason,
  HoldbackStatus,
} from '../npay.enums';
import { Address, ReturnReceiveAddress } from './address.model';
import { ApiKstDateTime } from './api-kst-date-time.decorator';

/** Fields every claim record carries. */
abstract class ClaimRecord {
  /** 클레임 번호: claim id. */
  claimId?: string;

  /** 클레임 상태: status of the claim. */
  @ApiPropertyOptional({ enum: ClaimStatus, enumName: 'ClaimStatus' })
  claimStatus?: ClaimStatus;

  /** 클레임 요청일: when the claim was requested (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  claimRequestDate?: string;

  /** 접수 채널: channel through which the claim was filed. */
  requestChannel?: string;

  /** 요청 수량: quantity the claim covers (less than the ordered quantity when partial). */
  requestQuantity?: number;
}

/**
 * Fields of claims that bring goods back from the buyer (returns and exchanges): collection,
 * holdback and the fees demanded from the buyer. Amounts are in KRW.
 */
abstract class CollectingClaimRecord extends ClaimRecord {
  /** 구매자 수거지 주소: where the goods are collected from the buyer. */
  collectAddress?: Address;

  /** 판매자 교환/반품 수취 주소: where the seller receives the goods. */
  returnReceiveAddress?: ReturnReceiveAddress;

  /** 수거 상태: progress of the collection. */
  @ApiPropertyOptional({ enum: CollectStatus, enumName: 'CollectStatus' })
  collectStatus?: CollectStatus;

  /** 수거 배송 방법: how the goods come back. */
  @ApiPropertyOptional({ enum: DeliveryMethod, enumName: 'DeliveryMethod' })
  collectDeliveryMethod?: DeliveryMethod;

  /** 수거 택배사: courier collecting the goods. */
  @ApiPropertyOptional({ enum: DeliveryCompany, enumName: 'DeliveryCompany' })
  collectDeliveryCompany?: DeliveryCompany;

  /** 수거 송장 번호: tracking number of the collection. */
  collectTrackingNumber?: string;

  /** 수거 완료일: when the goods were collected (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  collectCompletedDate?: string;

  /** 보류 상태: whether the claim is on hold. */
  @ApiPropertyOptional({ enum: HoldbackStatus, enumName: 'HoldbackStatus' })
  holdbackStatus?: HoldbackStatus;

  /** 보류 유형: why the claim is on hold. */
  @ApiPropertyOptional({ enum: HoldbackReason, enumName: 'HoldbackReason' })
  holdbackReason?: HoldbackReason;

  /** 보류 상세 사유: free-text hold reason. */
  holdbackDetailedReason?: string;

  /** 보류 설정일: when the hold was set (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  holdbackConfigDate?: string;

  /** 보류 설정자: who set the hold (buyer, seller, administrator or system). */
  holdbackConfigurer?: string;

  /** 보류 해제일: when the hold was released (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  holdbackReleaseDate?: string;

  /** 보류 해제자: who released the hold (buyer, seller, administrator or system). */
  holdbackReleaser?: string;

  /** 클레임 배송비 청구액: return or exchange shipping fee demanded. */
  claimDeliveryFeeDemandAmount?: number;

  /** 클레임 배송비 결제 수단: how the buyer pays the claim shipping fee. */
  claimDeliveryFeePayMeans?: string;

  /** 클레임 배송비 결제 방법: payment method of the claim shipping fee. */
  claimDeliveryFeePayMethod?: string;

  /** 클레임 배송비 묶음 청구 상품 주문 번호: product orders sharing the fee, comma-separated. */
  claimDeliveryFeeProductOrderIds?: string;

  /** 클레임 배송비 할인액: discount on the claim shipping fee. */
  claimDeliveryFeeDiscountAmount?: number;

  /** 도서산간 배송비: remote-area surcharge on the claim shipping. */
  remoteAreaCostChargeAmount?: number;

  /** 기타 비용 청구액: other costs demanded. */
  etcFeeDemandAmount?: number;

  /** 기타 비용 결제 수단: how the buyer pays the other costs. */
  etcFeePayMeans?: string;

  /** 기타 비용 결제 방법: payment method of the other costs. */
  etcFeePayMethod?: string;

  /** 클레임 배송비 지원 타입: who subsidises the claim shipping fee. */
  @ApiPropertyOptional({
    enum: ClaimDeliveryFeeSupportType,
    enumName: 'ClaimDeliveryFeeSupportType',
  })
  claimDeliveryFeeSupportType?: ClaimDeliveryFeeSupportType;

  /** 클레임 배송비 지원 금액: subsidy on the claim shipping fee. */
  claimDeliveryFeeSupportAmount?: number;

  /** 멤버십 N배송 지원 금액: membership arrival-guarantee subsidy on the claim. */
  membershipsArrivalGuaranteeClaimSupportingAmount?: number;
}

/** 취소: a cancellation claim. */
export class CancelClaim extends ClaimRecord {
  /** 취소 사유: reason given for the cancellation. */
  @ApiPropertyOptional({ enum: ClaimReason, enumName: 'ClaimReason' })
  cancelReason?: ClaimReason;

  /** 취소 상세 사유: free-text cancellation reason. */
  cancelDetailedReason?: string;

  /** 취소 승인일: when the cancellation was approved (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  cancelApprovalDate?: string;

  /** 취소 완료일: when the cancellation completed (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  cancelCompletedDate?: string;

  /** 환불 예정일: expected refund date (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  refundExpectedDate?: string;

  /** 환불 대기 상태: refund standby status. */
  refundStandbyStatus?: string;

  /** 환불 대기 사유: why the refund is on standby. */
  refundStandbyReason?: string;
}

/** 반품: a return claim. */
export class ReturnClaim extends CollectingClaimRecord {
  /** 반품 사유: reason given for the return. */
  @ApiPropertyOptional({ enum: ClaimReason, enumName: 'ClaimReason' })
  returnReason?: ClaimReason;

  /** 반품 상세 사유: free-text return reason. */
  returnDetailedReason?: string;

  /** 반품 이미지 URL: photos the buyer attached to the return. */
  returnImageUrl?: string[];

  /** 반품 완료일: when the return completed (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  returnCompletedDate?: string;

  /** 환불 예정일: expected refund date (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  refundExpectedDate?: string;

  /** 환불 대기 상태: refund standby status. */
  refundStandbyStatus?: string;

  /** 환불 대기 사유: why the refund is on standby. */
  refundStandbyReason?: string;
}

/** 교환: an exchange claim. */
export class ExchangeClaim extends CollectingClaimRecord {
  /** 교환 사유: reason given for the exchange. */
  @ApiPropertyOptional({ enum: ClaimReason, enumName: 'ClaimReason' })
  exchangeReason?: ClaimReason;

  /** 교환 상세 사유: free-text exchange reason. */
  exchangeDetailedReason?: string;

  /** 교환 이미지 URL: photos the buyer attached to the exchange. */
  exchangeImageUrl?: string[];

  /** 재배송 방법: how the replacement is sent. */
  @ApiPropertyOptional({ enum: DeliveryMethod, enumName: 'DeliveryMethod' })
  reDeliveryMethod?: DeliveryMethod;

  /** 재배송 택배사: courier carrying the replacement. */
  @ApiPropertyOptional({ enum: DeliveryCompany, enumName: 'DeliveryCompany' })
  reDeliveryCompany?: DeliveryCompany;

  /** 재배송 송장 번호: tracking number of the replacement. */
  reDeliveryTrackingNumber?: string;

  /** 재배송 상태: courier tracking state of the replacement. */
  @ApiPropertyOptional({ enum: DeliveryStatus, enumName: 'DeliveryStatus' })
  reDeliveryStatus?: DeliveryStatus;

  /** 재배송 주소: where the replacement goes. */
  reDeliveryAddress?: Address;

  /** 재배송 처리일: when the replacement was sent (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  reDeliveryOperationDate?: string;
}

/** 현재 클레임: the claim in progress, under the key of its kind. */
export class CurrentClaim {
  /** 취소: the cancellation in progress. */
  cancel?: CancelClaim;

  /** 반품: the return in progress. */
  return?: ReturnClaim;

  /** 교환: the exchange in progress. */
  exchange?: ExchangeClaim;
}

/** 이전 클레임: the previous claim of the product order. */
export class BeforeClaim {
  /** 교환: the previous exchange claim. */
  exchange?: ExchangeClaim;
}

/**
 * 완료 클레임: a finished claim of any kind, in one generic shape. Which fields are filled
 * depends on `claimType`.
 */
export class CompletedClaim extends CollectingClaimRecord {
  /** 클레임 구분: kind of claim. */
  @ApiPropertyOptional({ enum: ClaimType, enumName: 'ClaimType' })
  claimType?: ClaimType;

  /** 클레임 요청 사유: reason given for the claim. */
  @ApiPropertyOptional({ enum: ClaimReason, enumName: 'ClaimReason' })
  claimRequestReason?: ClaimReason;

  /** 클레임 요청 상세 내용: free-text claim reason. */
  claimRequestDetailContent?: string;

  /** 클레임 요청 승인일: when the claim was admitted (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  claimRequestAdmissionDate?: string;

  /** 클레임 완료 처리일: when the claim was closed (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  claimCompleteOperationDate?: string;

  /** 환불 예정일: expected refund date (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  refundExpectedDate?: string;

  /** 환불 대기 상태: refund standby status. */
  refundStandbyStatus?: string;

  /** 환불 대기 사유: why the refund is on standby. */
  refundStandbyReason?: string;

  /** 수거 처리 일시: when the collection was processed (format not documented upstream). */
  collectOperationDate?: string;

  /** 수거 시작 시간: start of the collection slot (format not documented upstream). */
  collectStartTime?: string;

  /** 수거 종료 시간: end of the collection slot (format not documented upstream). */
  collectEndTime?: string;

  /** 수거 슬롯 ID: id of the collection slot. */
  collectSlotId?: string;

  /** 재배송 방법: how the exchange replacement was sent. */
  @ApiPropertyOptional({ enum: DeliveryMethod, enumName: 'DeliveryMethod' })
  reDeliveryMethod?: DeliveryMethod;

  /** 재배송 택배사: courier that carried the replacement. */
  @ApiPropertyOptional({ enum: DeliveryCompany, enumName: 'DeliveryCompany' })
  reDeliveryCompany?: DeliveryCompany;

  /** 재배송 송장 번호: tracking number of the replacement. */
  reDeliveryTrackingNumber?: string;

  /** 재배송 상태: courier tracking state of the replacement. */
  @ApiPropertyOptional({ enum: DeliveryStatus, enumName: 'DeliveryStatus' })
  reDeliveryStatus?: DeliveryStatus;

  /** 재배송 주소: where the replacement went. */
  reDeliveryAddress?: Address;

  /** 재배송 처리일: when the replacement was sent (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  reDeliveryOperationDate?: string;
}
