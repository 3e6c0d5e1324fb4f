/**
 * Code values of the Naver Pay order API (주문형 가맹점 API), spelled exactly as the upstream
 * sends and expects them.
 *
 * Source: /work/shared/reference/npay-order-api.md, section 5 (enums) and Appendix A (courier
 * codes). The merchant spec itself is not public; the values come from the Naver Commerce API
 * docs for the same order platform (`*.pay-order-seller` schemas, version 2.72.0), which the
 * reference assumes to hold for the merchant API too. Korean labels are the upstream's; the
 * English is ours. Two upstream spellings look wrong but are real and must stay as they are:
 * `EXTRAFEEE` (three E) in HoldbackReason, and `PAY_WAITING` in LastChangedType where
 * ProductOrderStatus says `PAYMENT_WAITING`.
 */

/** 상품 주문 상태: status of one product order line (5.1). */
export enum ProductOrderStatus {
  /** 결제 대기: ordered, payment not yet made (e.g. virtual account). */
  PAYMENT_WAITING = 'PAYMENT_WAITING',
  /** 결제 완료: paid, not yet dispatched. */
  PAYED = 'PAYED',
  /** 배송 중: dispatched, in transit. */
  DELIVERING = 'DELIVERING',
  /** 배송 완료: delivered. */
  DELIVERED = 'DELIVERED',
  /** 구매 확정: purchase decided (confirmed by the buyer or automatically). */
  PURCHASE_DECIDED = 'PURCHASE_DECIDED',
  /** 교환: exchanged. */
  EXCHANGED = 'EXCHANGED',
  /** 취소: cancelled. */
  CANCELED = 'CANCELED',
  /** 반품: returned. */
  RETURNED = 'RETURNED',
  /** 미결제 취소: cancelled because payment never arrived. */
  CANCELED_BY_NOPAYMENT = 'CANCELED_BY_NOPAYMENT',
}

/** 클레임 구분: kind of claim on a product order (5.2). */
export enum ClaimType {
  /** 취소: cancellation. */
  CANCEL = 'CANCEL',
  /** 반품: return. */
  RETURN = 'RETURN',
  /** 교환: exchange. */
  EXCHANGE = 'EXCHANGE',
  /** 구매 확정 보류: purchase decision put on hold. */
  PURCHASE_DECISION_HOLDBACK = 'PURCHASE_DECISION_HOLDBACK',
  /** 직권 취소: cancellation by Naver (administrative). */
  ADMIN_CANCEL = 'ADMIN_CANCEL',
}

/** 클레임 상태: progress of a claim (5.3). */
export enum ClaimStatus {
  /** 취소 요청: cancellation requested, waiting for the seller. */
  CANCEL_REQUEST = 'CANCEL_REQUEST',
  /** 취소 처리 중: cancellation being processed. */
  CANCELING = 'CANCELING',
  /** 취소 처리 완료: cancellation completed. */
  CANCEL_DONE = 'CANCEL_DONE',
  /** 취소 철회: cancellation withdrawn. */
  CANCEL_REJECT = 'CANCEL_REJECT',
  /** 반품 요청: return requested. */
  RETURN_REQUEST = 'RETURN_REQUEST',
  /** 교환 요청: exchange requested. */
  EXCHANGE_REQUEST = 'EXCHANGE_REQUEST',
  /** 수거 처리 중: goods being collected from the buyer. */
  COLLECTING = 'COLLECTING',
  /** 수거 완료: goods collected. */
  COLLECT_DONE = 'COLLECT_DONE',
  /** 교환 재배송 중: replacement being delivered. */
  EXCHANGE_REDELIVERING = 'EXCHANGE_REDELIVERING',
  /** 반품 완료: return completed. */
  RETURN_DONE = 'RETURN_DONE',
  /** 교환 완료: exchange completed. */
  EXCHANGE_DONE = 'EXCHANGE_DONE',
  /** 반품 철회: return withdrawn or rejected. */
  RETURN_REJECT = 'RETURN_REJECT',
  /** 교환 철회: exchange withdrawn or rejected. */
  EXCHANGE_REJECT = 'EXCHANGE_REJECT',
  /** 구매 확정 보류: purchase decision on hold. */
  PURCHASE_DECISION_HOLDBACK = 'PURCHASE_DECISION_HOLDBACK',
  /** 구매 확정 요청: purchase decision requested. */
  PURCHASE_DECISION_REQUEST = 'PURCHASE_DECISION_REQUEST',
  /** 구매 확정 보류 해제: purchase decision hold released. */
  PURCHASE_DECISION_HOLDBACK_RELEASE = 'PURCHASE_DECISION_HOLDBACK_RELEASE',
  /** 직권 취소 중: administrative cancellation in progress. */
  ADMIN_CANCELING = 'ADMIN_CANCELING',
  /** 직권 취소 완료: administrative cancellation completed. */
  ADMIN_CANCEL_DONE = 'ADMIN_CANCEL_DONE',
  /** 직권 취소 철회: administrative cancellation withdrawn. */
  ADMIN_CANCEL_REJECT = 'ADMIN_CANCEL_REJECT',
}

/** 발주 상태: whether the seller has confirmed the order (5.4; query `placeOrderStatusType`). */
export enum PlaceOrderStatus {
  /** 발주 미확인: not yet confirmed by the seller. */
  NOT_YET = 'NOT_YET',
  /** 발주 확인: confirmed by the seller. */
  OK = 'OK',
  /** 발주 확인 해제: confirmation revoked. */
  CANCEL = 'CANCEL',
}

/**
 * 최종 변경 구분: kind of the latest change reported by the last-changed-statuses query (5.5).
 * Note `PAY_WAITING`, where ProductOrderStatus spells `PAYMENT_WAITING`.
 */
export enum LastChangedType {
  /** 결제 대기: ordered, awaiting payment. */
  PAY_WAITING = 'PAY_WAITING',
  /** 결제 완료: paid. */
  PAYED = 'PAYED',
  /** 옵션 변경: option changed (gift orders). */
  EXCHANGE_OPTION = 'EXCHANGE_OPTION',
  /** 배송지 변경: shipping address changed. */
  DELIVERY_ADDRESS_CHANGED = 'DELIVERY_ADDRESS_CHANGED',
  /** 선물 수락: gift accepted by the recipient (gift orders). */
  GIFT_RECEIVED = 'GIFT_RECEIVED',
  /** 클레임 철회: claim withdrawn or rejected. */
  CLAIM_REJECTED = 'CLAIM_REJECTED',
  /** 발송 처리: dispatched. */
  DISPATCHED = 'DISPATCHED',
  /** 클레임 요청: claim requested. */
  CLAIM_REQUESTED = 'CLAIM_REQUESTED',
  /** 수거 완료: returned or exchanged goods collected. */
  COLLECT_DONE = 'COLLECT_DONE',
  /** 클레임 완료: claim completed. */
  CLAIM_COMPLETED = 'CLAIM_COMPLETED',
  /** 구매 확정: purchase decided. */
  PURCHASE_DECIDED = 'PURCHASE_DECIDED',
  /** 배송 희망일 변경: requested delivery date changed. */
  HOPE_DELIVERY_INFO_CHANGED = 'HOPE_DELIVERY_INFO_CHANGED',
  /** 교환 재배송 처리: exchange replacement dispatched. */
  CLAIM_REDELIVERING = 'CLAIM_REDELIVERING',
}

/** 배송 방법: how goods travel, for dispatch, collection and re-delivery (5.6). */
export enum DeliveryMethod {
  /** 택배, 등기, 소포: courier, registered mail or parcel post. */
  DELIVERY = 'DELIVERY',
  /** 굿스플로 송장 출력: waybill printed through Goodsflow. */
  GDFW_ISSUE_SVC = 'GDFW_ISSUE_SVC',
  /** 방문 수령: picked up by the buyer. */
  VISIT_RECEIPT = 'VISIT_RECEIPT',
  /** 직접 전달: handed over by the seller. */
  DIRECT_DELIVERY = 'DIRECT_DELIVERY',
  /** 퀵서비스: quick (motorbike) courier. */
  QUICK_SVC = 'QUICK_SVC',
  /** 배송 없음: nothing to ship (e.g. e-coupons). */
  NOTHING = 'NOTHING',
  /** 지정 반품 택배: return through the designated courier. */
  RETURN_DESIGNATED = 'RETURN_DESIGNATED',
  /** 일반 반품 택배: return through an ordinary courier. */
  RETURN_DELIVERY = 'RETURN_DELIVERY',
  /** 직접 반송: buyer sends the goods back themselves. */
  RETURN_INDIVIDUAL = 'RETURN_INDIVIDUAL',
  /** 판매자 직접 수거: collected by the seller (grocery orders only). */
  RETURN_MERCHANT = 'RETURN_MERCHANT',
  /** 알 수 없음: unknown, used for exception handling. */
  UNKNOWN = 'UNKNOWN',
}

/** 발송 지연 사유: reason for delaying dispatch (5.7). */
export enum DelayedDispatchReason {
  /** 상품 준비 중: product being prepared. */
  PRODUCT_PREPARE = 'PRODUCT_PREPARE',
  /** 고객 요청: requested by the customer. */
  CUSTOMER_REQUEST = 'CUSTOMER_REQUEST',
  /** 주문 제작: made to order. */
  CUSTOM_BUILD = 'CUSTOM_BUILD',
  /** 예약 발송: scheduled dispatch. */
  RESERVED_DISPATCH = 'RESERVED_DISPATCH',
  /** 해외 배송: shipped from abroad. */
  OVERSEA_DELIVERY = 'OVERSEA_DELIVERY',
  /** 기타: other. */
  ETC = 'ETC',
}

/** 취소 사유 (요청): reasons a seller may give when requesting a cancellation (5.8). */
export enum CancelReason {
  /** 구매 의사 취소: buyer no longer wants it. */
  INTENT_CHANGED = 'INTENT_CHANGED',
  /** 색상 및 사이즈 변경: colour or size change. */
  COLOR_AND_SIZE = 'COLOR_AND_SIZE',
  /** 다른 상품 잘못 주문: wrong product ordered. */
  WRONG_ORDER = 'WRONG_ORDER',
  /** 서비스 불만족: unsatisfied with the service. */
  PRODUCT_UNSATISFIED = 'PRODUCT_UNSATISFIED',
  /** 배송 지연: delivery delayed. */
  DELAYED_DELIVERY = 'DELAYED_DELIVERY',
  /** 상품 품절: sold out. */
  SOLD_OUT = 'SOLD_OUT',
  /** 상품 정보 상이: product differs from its description. */
  INCORRECT_INFO = 'INCORRECT_INFO',
}

/** 반품 사유 (요청): reasons a seller may give when registering a return (5.9). */
export enum ReturnReason {
  /** 구매 의사 취소: buyer no longer wants it. */
  INTENT_CHANGED = 'INTENT_CHANGED',
  /** 색상 및 사이즈 변경: colour or size change. */
  COLOR_AND_SIZE = 'COLOR_AND_SIZE',
  /** 다른 상품 잘못 주문: wrong product ordered. */
  WRONG_ORDER = 'WRONG_ORDER',
  /** 서비스 불만족: unsatisfied with the service. */
  PRODUCT_UNSATISFIED = 'PRODUCT_UNSATISFIED',
  /** 배송 지연: delivery delayed. */
  DELAYED_DELIVERY = 'DELAYED_DELIVERY',
  /** 상품 품절: sold out. */
  SOLD_OUT = 'SOLD_OUT',
  /** 배송 누락: item missing from the shipment. */
  DROPPED_DELIVERY = 'DROPPED_DELIVERY',
  /** 상품 파손: product damaged. */
  BROKEN = 'BROKEN',
  /** 상품 정보 상이: product differs from its description. */
  INCORRECT_INFO = 'INCORRECT_INFO',
  /** 오배송: delivered to the wrong place or person. */
  WRONG_DELIVERY = 'WRONG_DELIVERY',
  /** 색상 등 다른 상품 잘못 배송: wrong variant (colour etc.) delivered. */
  WRONG_OPTION = 'WRONG_OPTION',
}

/**
 * 클레임 요청 사유: reasons as reported on claims in responses (5.10). Wider than CancelReason
 * and ReturnReason: it also holds buyer-side, gift and payment-failure reasons.
 */
export enum ClaimReason {
  /** 구매 의사 취소: buyer no longer wants it. */
  INTENT_CHANGED = 'INTENT_CHANGED',
  /** 색상 및 사이즈 변경: colour or size change. */
  COLOR_AND_SIZE = 'COLOR_AND_SIZE',
  /** 다른 상품 잘못 주문: wrong product ordered. */
  WRONG_ORDER = 'WRONG_ORDER',
  /** 서비스 불만족: unsatisfied with the service. */
  PRODUCT_UNSATISFIED = 'PRODUCT_UNSATISFIED',
  /** 배송 지연: delivery delayed. */
  DELAYED_DELIVERY = 'DELAYED_DELIVERY',
  /** 상품 품절: sold out. */
  SOLD_OUT = 'SOLD_OUT',
  /** 배송 누락: item missing from the shipment. */
  DROPPED_DELIVERY = 'DROPPED_DELIVERY',
  /** 미배송: not delivered. */
  NOT_YET_DELIVERY = 'NOT_YET_DELIVERY',
  /** 상품 파손: product damaged. */
  BROKEN = 'BROKEN',
  /** 상품 정보 상이: product differs from its description. */
  INCORRECT_INFO = 'INCORRECT_INFO',
  /** 오배송: delivered to the wrong place or person. */
  WRONG_DELIVERY = 'WRONG_DELIVERY',
  /** 색상 등 다른 상품 잘못 배송: wrong variant (colour etc.) delivered. */
  WRONG_OPTION = 'WRONG_OPTION',
  /** 단순 변심: buyer changed their mind. */
  SIMPLE_INTENT_CHANGED = 'SIMPLE_INTENT_CHANGED',
  /** 주문 실수: ordered by mistake. */
  MISTAKE_ORDER = 'MISTAKE_ORDER',
  /** 기타: other. Reported only; the API does not accept it in requests. */
  ETC = 'ETC',
  /** 배송 지연: delivery delayed, attributed to the buyer. */
  DELAYED_DELIVERY_BY_PURCHASER = 'DELAYED_DELIVERY_BY_PURCHASER',
  /** 상품 정보 상이: product differs from its description, attributed to the buyer. */
  INCORRECT_INFO_BY_PURCHASER = 'INCORRECT_INFO_BY_PURCHASER',
  /** 서비스 불만족: unsatisfied with the service, attributed to the buyer. */
  PRODUCT_UNSATISFIED_BY_PURCHASER = 'PRODUCT_UNSATISFIED_BY_PURCHASER',
  /** 상호 협의 미완료: buyer and seller have not agreed yet. */
  NOT_YET_DISCUSSION = 'NOT_YET_DISCUSSION',
  /** 재고 부족: cannot be sold, out of stock. */
  OUT_OF_STOCK = 'OUT_OF_STOCK',
  /** 판매 의사 변심: seller refused, no longer willing to sell. */
  SALE_INTENT_CHANGED = 'SALE_INTENT_CHANGED',
  /** 구매자 미결제: refused because the buyer did not pay. */
  NOT_YET_PAYMENT = 'NOT_YET_PAYMENT',
  /** 상품 미수취: buyer did not receive the goods. */
  NOT_YET_RECEIVE = 'NOT_YET_RECEIVE',
  /** 오배송 및 지연: wrong and late delivery. */
  WRONG_DELAYED_DELIVERY = 'WRONG_DELAYED_DELIVERY',
  /** 파손 및 불량: damaged or defective. */
  BROKEN_AND_BAD = 'BROKEN_AND_BAD',
  /** 수락 기한 만료: gift not accepted in time. */
  RECEIVING_DUE_DATE_OVER = 'RECEIVING_DUE_DATE_OVER',
  /** 수신인 불일치: gift recipient mismatch. */
  RECEIVER_MISMATCHED = 'RECEIVER_MISMATCHED',
  /** 보내기 취소: gift sender cancelled. */
  GIFT_INTENT_CHANGED = 'GIFT_INTENT_CHANGED',
  /** 선물 거절: gift refused by the recipient. */
  GIFT_REFUSAL = 'GIFT_REFUSAL',
  /** 상품 수신 불가: recipient may not receive the product (minor). */
  MINOR_RESTRICTED = 'MINOR_RESTRICTED',
  /** 상품 수신 불가: recipient cannot receive the product (blocked). */
  RECEIVING_BLOCKED = 'RECEIVING_BLOCKED',
  /** 주문 수량 미달: minimum order quantity not reached. */
  UNDER_QUANTITY = 'UNDER_QUANTITY',
  /** 결제 승인 실패: asynchronous payment approval failed. */
  ASYNC_FAIL_PAYMENT = 'ASYNC_FAIL_PAYMENT',
  /** 결제 승인 실패: asynchronous payment approval waited too long. */
  ASYNC_LONG_WAIT_PAYMENT = 'ASYNC_LONG_WAIT_PAYMENT',
}

/**
 * 보류 유형: why a return or exchange is on hold (5.11). Request field `holdbackClassType`,
 * response field `holdbackReason`. Note `EXTRAFEEE` with three E, as the upstream spells it.
 */
export enum HoldbackReason {
  /** 반품 배송비 청구: return shipping fee demanded. */
  RETURN_DELIVERYFEE = 'RETURN_DELIVERYFEE',
  /** 추가 비용 청구: extra cost demanded. */
  EXTRAFEEE = 'EXTRAFEEE',
  /** 반품 배송비 + 추가 비용 청구: return shipping fee and extra cost demanded. */
  RETURN_DELIVERYFEE_AND_EXTRAFEEE = 'RETURN_DELIVERYFEE_AND_EXTRAFEEE',
  /** 반품 상품 미입고: returned goods not yet received. */
  RETURN_PRODUCT_NOT_DELIVERED = 'RETURN_PRODUCT_NOT_DELIVERED',
  /** 기타 사유: other reason. */
  ETC = 'ETC',
  /** 교환 배송비 청구: exchange shipping fee demanded. */
  EXCHANGE_DELIVERYFEE = 'EXCHANGE_DELIVERYFEE',
  /** 추가 교환 비용 청구: extra exchange cost demanded. */
  EXCHANGE_EXTRAFEE = 'EXCHANGE_EXTRAFEE',
  /** 교환 상품 준비 중: replacement being prepared. */
  EXCHANGE_PRODUCT_READY = 'EXCHANGE_PRODUCT_READY',
  /** 교환 상품 미입고: exchanged goods not yet received. */
  EXCHANGE_PRODUCT_NOT_DELIVERED = 'EXCHANGE_PRODUCT_NOT_DELIVERED',
  /** 교환 구매 확정 보류: purchase decision on hold for the exchange. */
  EXCHANGE_HOLDBACK = 'EXCHANGE_HOLDBACK',
  /** 판매자 확인 필요: seller must check. */
  SELLER_CONFIRM_NEED = 'SELLER_CONFIRM_NEED',
  /** 구매자 확인 필요: buyer must check. */
  PURCHASER_CONFIRM_NEED = 'PURCHASER_CONFIRM_NEED',
  /** 판매자 직접 송금: seller remits directly. */
  SELLER_REMIT = 'SELLER_REMIT',
  /** 기타: other. */
  ETC2 = 'ETC2',
}

/** 보류 상태: hold state of a return or exchange (5.12). */
export enum HoldbackStatus {
  /** 보류 중: on hold. */
  HOLDBACK = 'HOLDBACK',
  /** 보류 해제: hold released. */
  RELEASED = 'RELEASED',
}

/** 수거 상태: progress of collecting goods from the buyer (5.13). */
export enum CollectStatus {
  /** 수거 미요청: collection not requested. */
  NOT_REQUESTED = 'NOT_REQUESTED',
  /** 수거 지시 완료: collection ordered. */
  COLLECT_REQUEST_TO_AGENT = 'COLLECT_REQUEST_TO_AGENT',
  /** 수거 요청: collection requested from the courier. */
  COLLECT_REQUEST_TO_DELIVERY_COMPANY = 'COLLECT_REQUEST_TO_DELIVERY_COMPANY',
  /** 택배사 수거 예정: courier pickup scheduled. */
  COLLECT_WAITING = 'COLLECT_WAITING',
  /** 수거 진행 중: collection in progress. */
  DELIVERING = 'DELIVERING',
  /** 수거 완료: collected. */
  DELIVERED = 'DELIVERED',
  /** 배송 실패: delivery failed. */
  DELIVERY_FAILED = 'DELIVERY_FAILED',
  /** 수거 실패: collection failed. */
  COLLECT_FAILED = 'COLLECT_FAILED',
  /** 오류 송장: invalid waybill. */
  WRONG_INVOICE = 'WRONG_INVOICE',
  /** 수거 취소: collection cancelled. */
  COLLECT_CANCELED = 'COLLECT_CANCELED',
}

/** 배송 상세 상태: courier tracking state (5.14; `deliveryStatus`, `reDeliveryStatus`). */
export enum DeliveryStatus {
  /** 수거 요청: pickup requested. */
  COLLECT_REQUEST = 'COLLECT_REQUEST',
  /** 수거 대기: waiting for pickup. */
  COLLECT_WAIT = 'COLLECT_WAIT',
  /** 집화: picked up by the courier. */
  COLLECT_CARGO = 'COLLECT_CARGO',
  /** 배송 완료: delivered. */
  DELIVERY_COMPLETION = 'DELIVERY_COMPLETION',
  /** 배송중: in transit. */
  DELIVERING = 'DELIVERING',
  /** 배송 실패: delivery failed. */
  DELIVERY_FAIL = 'DELIVERY_FAIL',
  /** 오류 송장: invalid waybill. */
  WRONG_INVOICE = 'WRONG_INVOICE',
  /** 집화 실패: pickup failed. */
  COLLECT_CARGO_FAIL = 'COLLECT_CARGO_FAIL',
  /** 집화 취소: pickup cancelled. */
  COLLECT_CARGO_CANCEL = 'COLLECT_CARGO_CANCEL',
  /** 배송 추적 없음: not tracked. */
  NOT_TRACKING = 'NOT_TRACKING',
}

/** 조회 기준 유형: which timestamp the conditional query window applies to (5.15). */
export enum RangeType {
  /** 결제 일시: payment time (the upstream default). */
  PAYED_DATETIME = 'PAYED_DATETIME',
  /** 주문 일시: order time. */
  ORDERED_DATETIME = 'ORDERED_DATETIME',
  /** 발송 처리 일시: dispatch time. */
  DISPATCHED_DATETIME = 'DISPATCHED_DATETIME',
  /** 구매 확정 일시: purchase decision time. */
  PURCHASE_DECIDED_DATETIME = 'PURCHASE_DECIDED_DATETIME',
  /** 클레임 요청 일시: claim request time. */
  CLAIM_REQUESTED_DATETIME = 'CLAIM_REQUESTED_DATETIME',
  /** 클레임 완료 일시: claim completion time. */
  CLAIM_COMPLETED_DATETIME = 'CLAIM_COMPLETED_DATETIME',
  /** 수거 완료 일시: collection completion time. */
  COLLECT_COMPLETED_DATETIME = 'COLLECT_COMPLETED_DATETIME',
  /** 선물 수락 일시: gift acceptance time. */
  GIFT_RECEIVED_DATETIME = 'GIFT_RECEIVED_DATETIME',
  /** 배송 희망일 변경 일시: time the requested delivery date changed. */
  HOPE_DELIVERY_INFO_CHANGED_DATETIME = 'HOPE_DELIVERY_INFO_CHANGED_DATETIME',
}

/** 선물 수락 상태: gift acceptance state (5.16). */
export enum GiftReceivingStatus {
  /** 수락 대기(배송지 입력 대기): waiting for the recipient to accept and give an address. */
  WAIT_FOR_RECEIVING = 'WAIT_FOR_RECEIVING',
  /** 수락 완료: accepted. */
  RECEIVED = 'RECEIVED',
}

/** 배송지 타입: domestic or foreign address (5.17). */
export enum AddressType {
  /** 국내: domestic (Korea). */
  DOMESTIC = 'DOMESTIC',
  /** 국외: foreign. */
  FOREIGN = 'FOREIGN',
}

/** 수령 위치: where the parcel is left (5.17; grocery and some N-delivery orders only). */
export enum PickupLocationType {
  /** 문 앞: at the door. */
  FRONT_OF_DOOR = 'FRONT_OF_DOOR',
  /** 경비실 보관: at the management office. */
  MANAGEMENT_OFFICE = 'MANAGEMENT_OFFICE',
  /** 직접 수령: handed to the recipient. */
  DIRECT_RECEIVE = 'DIRECT_RECEIVE',
  /** 기타: other. */
  OTHER = 'OTHER',
}

/** 출입 방법: how the courier gets into the building (5.17). */
export enum EntryMethod {
  /** 공동현관 비밀번호 입력: lobby door code. */
  LOBBY_PW = 'LOBBY_PW',
  /** 경비실 호출: call the management office. */
  MANAGEMENT_OFFICE = 'MANAGEMENT_OFFICE',
  /** 자유 출입 가능: free entry. */
  FREE = 'FREE',
  /** 기타 출입 방법: other. */
  OTHER = 'OTHER',
}

/** 배송 속성 타입: delivery service attribute (5.17). */
export enum DeliveryAttributeType {
  /** 일반배송: standard delivery. */
  NORMAL = 'NORMAL',
  /** 오늘출발: ships today. */
  TODAY = 'TODAY',
  /** 옵션별 오늘출발: ships today for some options. */
  OPTION_TODAY = 'OPTION_TODAY',
  /** 희망일배송: delivery on a requested date. */
  HOPE = 'HOPE',
  /** 당일배송: same-day arrival. */
  TODAY_ARRIVAL = 'TODAY_ARRIVAL',
  /** 새벽배송: early-morning arrival. */
  DAWN_ARRIVAL = 'DAWN_ARRIVAL',
  /** 예약구매: pre-order. */
  PRE_ORDER = 'PRE_ORDER',
  /** N배송: arrival guaranteed by Naver. */
  ARRIVAL_GUARANTEE = 'ARRIVAL_GUARANTEE',
  /** N판매자배송: arrival guaranteed by the seller. */
  SELLER_GUARANTEE = 'SELLER_GUARANTEE',
  /** N희망일배송: guaranteed arrival on a requested date. */
  HOPE_SELLER_GUARANTEE = 'HOPE_SELLER_GUARANTEE',
  /** 픽업: pickup. */
  PICKUP = 'PICKUP',
  /** 즉시배달: immediate delivery. */
  QUICK = 'QUICK',
}

/** 배송 태그 타입: promised arrival tag (5.17; some N-delivery orders only). */
export enum DeliveryTagType {
  /** 오늘배송: arrives today. */
  TODAY = 'TODAY',
  /** 내일배송: arrives tomorrow. */
  TOMORROW = 'TOMORROW',
  /** 새벽배송: arrives early morning. */
  DAWN = 'DAWN',
  /** 일요배송: Sunday delivery. */
  SUNDAY = 'SUNDAY',
  /** D+2이상배송: arrives in two days or later. */
  STANDARD = 'STANDARD',
  /** 희망일배송: arrives on the requested date. */
  HOPE = 'HOPE',
}

/** 옵션 보관 유형: storage temperature of the product (5.17). */
export enum StorageType {
  /** 상온: room temperature. */
  DRY = 'DRY',
  /** 냉장: refrigerated. */
  WET = 'WET',
  /** 냉동: frozen. */
  FROZEN = 'FROZEN',
}

/** 수수료 선결제 상태: commission prepayment state (5.18). */
export enum CommissionPrePayStatus {
  /** 일반 상품: ordinary product. */
  GENERAL_PRD = 'GENERAL_PRD',
  /** 선차감(차감 전): prepaid commission, not yet deducted. */
  PRE_PAY_PRD_NO_PAY = 'PRE_PAY_PRD_NO_PAY',
  /** 선차감(차감 후): prepaid commission, deducted. */
  PRE_PAY_PRD_PAYED = 'PRE_PAY_PRD_PAYED',
}

/** 상품 과면세 여부: tax type of the product (5.18). */
export enum TaxType {
  /** 과세: taxable. */
  TAXATION = 'TAXATION',
  /** 면세: tax exempt. */
  TAX_EXEMPTION = 'TAX_EXEMPTION',
  /** 영세: zero-rated. */
  TAX_FREE = 'TAX_FREE',
}

/** 쿠폰 유형: class of an applied coupon (5.18). */
export enum CouponClassCode {
  /** 관리자 상품할인: product discount set by the administrator. */
  NMP_PRD_DCNT = 'NMP_PRD_DCNT',
  /** 관리자/판매자 상품중복할인: stackable product discount (administrator or seller). */
  NMP_PRD_DUP_DCNT = 'NMP_PRD_DUP_DCNT',
}

/** 클레임 배송비 지원 타입: who subsidises the claim shipping fee (5.18). */
export enum ClaimDeliveryFeeSupportType {
  /** 멤버십도착보장: membership arrival guarantee. */
  MEMBERSHIP_ARRIVAL_GUARANTEE = 'MEMBERSHIP_ARRIVAL_GUARANTEE',
  /** 멤버십컬리N마트: membership Kurly N Mart. */
  MEMBERSHIP_KURLY = 'MEMBERSHIP_KURLY',
}

/** 복수 구매 할인 타입: how a multiple-purchase discount is counted (5.18). */
export enum MultiplePurchaseDiscountType {
  /** 수량 무시: regardless of quantity. */
  IGNORE_QUANTITY = 'IGNORE_QUANTITY',
  /** 수량 기준: per quantity. */
  QUANTITY = 'QUANTITY',
}

/** 결제 위치 구분: where the buyer paid (`order.payLocationType`, 4.2). */
export enum PayLocationType {
  /** PC: desktop web. */
  PC = 'PC',
  /** 모바일: mobile. */
  MOBILE = 'MOBILE',
}

/** 토큰 유형: whose resources an access token reaches (5.20, token request `type`). */
export enum TokenType {
  /** 본인: the application's own resources. */
  SELF = 'SELF',
  /** 판매자: a related seller's resources (needs `account_id`). */
  SELLER = 'SELLER',
}

/**
 * 택배사 코드: courier codes (5.21, Appendix A), all 203 in the upstream's order. Used by
 * `deliveryCompanyCode` in requests and `deliveryCompany`, `expectedDeliveryCompany`,
 * `collectDeliveryCompany`, `reDeliveryCompany` in responses. Two codes are not identifiers
 * (`1004HOME`, `GS더프레시`), hence the quoted member names.
 */
export enum DeliveryCompany {
  /** CJ대한통운 */
  CJGLS = 'CJGLS',
  /** 롯데택배 (legacy code name) */
  HYUNDAI = 'HYUNDAI',
  /** 한진택배 */
  HANJIN = 'HANJIN',
  /** 로젠택배 */
  KGB = 'KGB',
  /** 우체국택배 */
  EPOST = 'EPOST',
  /** 엠티인터내셔널 */
  MTINTER = 'MTINTER',
  /** 1004HOME */
  '1004HOME' = '1004HOME',
  /** 2FAST익스프레스 */
  TWOFASTEXPRESS = 'TWOFASTEXPRESS',
  /** ACEexpress */
  ACE = 'ACE',
  /** ACI */
  ACIEXPRESS = 'ACIEXPRESS',
  /** ADC항운택배 */
  ADCAIR = 'ADCAIR',
  /** AIRWAY익스프레스 */
  AIRWAY = 'AIRWAY',
  /** APEX */
  APEX = 'APEX',
  /** ARAMEX */
  ARAMEX = 'ARAMEX',
  /** ARGO */
  ARGO = 'ARGO',
  /** AirboyExpress */
  AIRBOY = 'AIRBOY',
  /** CJ대한통운(국제택배) */
  KOREXG = 'KOREXG',
  /** CU편의점택배 */
  CUPARCEL = 'CUPARCEL',
  /** CwayExpress */
  CWAYEXPRESS = 'CWAYEXPRESS',
  /** DHL */
  DHL = 'DHL',
  /** DHL(독일) */
  DHLDE = 'DHLDE',
  /** DHLGlobalMail */
  DHLGLOBALMAIL = 'DHLGLOBALMAIL',
  /** DPD */
  DPD = 'DPD',
  /** ECMSExpress */
  ECMSEXPRESS = 'ECMSEXPRESS',
  /** EFS */
  EFS = 'EFS',
  /** EMS */
  EMS = 'EMS',
  /** EZUSA */
  EZUSA = 'EZUSA',
  /** EuroParcel */
  EUROPARCEL = 'EUROPARCEL',
  /** FEDEX */
  FEDEX = 'FEDEX',
  /** GOP당일택배 */
  GOP = 'GOP',
  /** GOS당일택배 */
  GOS = 'GOS',
  /** GPSLOGIX */
  GPSLOGIX = 'GPSLOGIX',
  /** GSFresh */
  GSFRESH = 'GSFRESH',
  /** GSI익스프레스 */
  GSIEXPRESS = 'GSIEXPRESS',
  /** GSMNTON */
  GSMNTON = 'GSMNTON',
  /** GSPostbox퀵 */
  GSPOSTBOX = 'GSPOSTBOX',
  /** GSPostbox택배 */
  CVSNET = 'CVSNET',
  /**
   * GSTHEFRESH (GS더프레시). The upstream lists this pair with the Korean text as the code
   * and the Latin text as the name; it is kept exactly as sent.
   */
  GS더프레시 = 'GS더프레시',
  /** GTS로지스 */
  GTSLOGIS = 'GTSLOGIS',
  /** HI택배 */
  HYBRID = 'HYBRID',
  /** HY */
  HY = 'HY',
  /** IK물류 */
  IK = 'IK',
  /** KGL네트웍스 */
  KGLNET = 'KGLNET',
  /** KT EXPRESS */
  KT = 'KT',
  /** LG전자배송센터 */
  LGE = 'LGE',
  /** LTL */
  LTL = 'LTL',
  /** NDEX KOREA */
  NDEXKOREA = 'NDEXKOREA',
  /** SBGLS */
  SBGLS = 'SBGLS',
  /** SFexpress */
  SFEX = 'SFEX',
  /** SLX택배 */
  SLX = 'SLX',
  /** SSG */
  SSG = 'SSG',
  /** TNT */
  TNT = 'TNT',
  /** UFO로지스 */
  LOGISPARTNER = 'LOGISPARTNER',
  /** UPS */
  UPS = 'UPS',
  /** USPS */
  USPS = 'USPS',
  /** WIZWA */
  WIZWA = 'WIZWA',
  /** YJS글로벌 */
  YJSWORLD = 'YJSWORLD',
  /** YJS글로벌(영국) */
  YJS = 'YJS',
  /** YUNDAEXPRESS */
  YUNDA = 'YUNDA',
  /** i-parcel */
  IPARCEL = 'IPARCEL',
  /** 건영복합물류 */
  KY = 'KY',
  /** 건영택배 */
  KUNYOUNG = 'KUNYOUNG',
  /** 경동택배 */
  KDEXP = 'KDEXP',
  /** 경인택배 */
  KIN = 'KIN',
  /** 고려택배 */
  KORYO = 'KORYO',
  /** 골드스넵스 */
  GDSP = 'GDSP',
  /** 국제익스프레스 */
  KOKUSAI = 'KOKUSAI',
  /** 굿투럭 */
  GOODTOLUCK = 'GOODTOLUCK',
  /** 나은물류 */
  NAEUN = 'NAEUN',
  /** 노곡물류 */
  NOGOK = 'NOGOK',
  /** 농협택배 */
  NONGHYUP = 'NONGHYUP',
  /** 농협하나로마트 */
  HANAROMART = 'HANAROMART',
  /** 대림통운 */
  DAELIM = 'DAELIM',
  /** 대신택배 */
  DAESIN = 'DAESIN',
  /** 대운글로벌 */
  DAEWOON = 'DAEWOON',
  /** 더바오 */
  THEBAO = 'THEBAO',
  /** 도도플렉스 */
  DODOFLEX = 'DODOFLEX',
  /** 동강물류 */
  DONGGANG = 'DONGGANG',
  /** 동진특송 */
  DONGJIN = 'DONGJIN',
  /** 두발히어로당일택배 */
  CHAINLOGIS = 'CHAINLOGIS',
  /** 딜리래빗 */
  DRABBIT = 'DRABBIT',
  /** 딜리박스 */
  JMNP = 'JMNP',
  /** 라스트마일 */
  ONEDAYLOGIS = 'ONEDAYLOGIS',
  /** 라인익스프레스 */
  LINEEXP = 'LINEEXP',
  /** 로드썬익스프레스 */
  ROADSUNEXPRESS = 'ROADSUNEXPRESS',
  /** 로지스밸리 */
  LOGISVALLEY = 'LOGISVALLEY',
  /** 로지스올홈케어(풀앳홈) */
  POOLATHOME = 'POOLATHOME',
  /** 로토스 */
  LOTOS = 'LOTOS',
  /** 롯데글로벌로지스(국제택배) */
  HLCGLOBAL = 'HLCGLOBAL',
  /** 롯데칠성 */
  LOTTECHILSUNG = 'LOTTECHILSUNG',
  /** 모든로지스(SLO) */
  MDLOGIS = 'MDLOGIS',
  /** 물류대장 */
  DASONG = 'DASONG',
  /** 바바바로지스 */
  BABABA = 'BABABA',
  /** 반품구조대 */
  BANPOOM = 'BANPOOM',
  /** 발렉스 */
  VALEX = 'VALEX',
  /** 배송하기좋은날 */
  SHIPNERGY = 'SHIPNERGY',
  /** LX판토스 */
  PANTOS = 'PANTOS',
  /** 부릉 */
  VROONG = 'VROONG',
  /** 브릿지로지스 */
  BRIDGE = 'BRIDGE',
  /** 삼다수가정배송 */
  EKDP = 'EKDP',
  /** 삼성전자물류 */
  SELC = 'SELC',
  /** 서림물류 */
  SEORIM = 'SEORIM',
  /** 성원글로벌 */
  SWGEXP = 'SWGEXP',
  /** 성훈물류 */
  SUNGHUN = 'SUNGHUN',
  /** 세방택배 */
  SEBANG = 'SEBANG',
  /** 스마트로지스 */
  SMARTLOGIS = 'SMARTLOGIS',
  /** 스파클직배송 */
  SPARKLE = 'SPARKLE',
  /** 스페이시스원 */
  SPASYS1 = 'SPASYS1',
  /** 시알로지텍 */
  CRLX = 'CRLX',
  /** 애니트랙 */
  ANYTRACK = 'ANYTRACK',
  /** 어바웃펫 */
  ABOUTPET = 'ABOUTPET',
  /** 에스더쉬핑 */
  ESTHER = 'ESTHER',
  /** 벤더피아 */
  VENDORPIA = 'VENDORPIA',
  /** 에이씨티앤코아 */
  ACTCORE = 'ACTCORE',
  /** 에이치케이홀딩스 */
  HKHOLDINGS = 'HKHOLDINGS',
  /** 엔티엘피스 */
  NTLPS = 'NTLPS',
  /** 카카오T당일배송 */
  TODAYPICKUP = 'TODAYPICKUP',
  /** 오늘회러쉬 */
  RUSH = 'RUSH',
  /** 올인닷컴 */
  ALLIN = 'ALLIN',
  /** 올타코리아 */
  ALLTAKOREA = 'ALLTAKOREA',
  /** 와이드테크 */
  WIDETECH = 'WIDETECH',
  /** 용마로지스 */
  YONGMA = 'YONGMA',
  /** 우리동네커머스 */
  DCOMMERCE = 'DCOMMERCE',
  /** 우리동네택배 */
  WEVILL = 'WEVILL',
  /** 우리택배 */
  HONAM = 'HONAM',
  /** 우리한방택배 */
  WOORIHB = 'WOORIHB',
  /** 우진인터로지스 */
  WOOJIN = 'WOOJIN',
  /** 우편등기 */
  REGISTPOST = 'REGISTPOST',
  /** 웅지익스프레스 */
  WOONGJI = 'WOONGJI',
  /** 워펙스 */
  WARPEX = 'WARPEX',
  /** 위니온로지스 */
  WINION = 'WINION',
  /** 위드유당일택배 */
  WIHTYOU = 'WIHTYOU',
  /** 위무브 */
  WEMOVE = 'WEMOVE',
  /** 유프레이트코리아 */
  UFREIGHT = 'UFREIGHT',
  /** 은하쉬핑 */
  EUNHA = 'EUNHA',
  /** 이노스(올인닷컴) */
  INNOS = 'INNOS',
  /** 이마트에브리데이 */
  EMARTEVERYDAY = 'EMARTEVERYDAY',
  /** 이스트라 */
  ESTLA = 'ESTLA',
  /** 이투마스 */
  ETOMARS = 'ETOMARS',
  /** 일반우편 */
  GENERALPOST = 'GENERALPOST',
  /** 일신모닝택배 */
  ILSHIN = 'ILSHIN',
  /** 일양로지스 */
  ILYANG = 'ILYANG',
  /** 자이언트 */
  GNETWORK = 'GNETWORK',
  /** 제니엘시스템 */
  ZENIEL = 'ZENIEL',
  /** 제이로지스트 */
  JLOGIST = 'JLOGIST',
  /** 지니고당일특급 */
  GENIEGO = 'GENIEGO',
  /** 지디에이코리아 */
  GDAKOREA = 'GDAKOREA',
  /** 지에이치스피드 */
  GHSPEED = 'GHSPEED',
  /** 직구문 */
  JIKGUMOON = 'JIKGUMOON',
  /** 천일택배 */
  CHUNIL = 'CHUNIL',
  /** 초록마을(외부연동) */
  CHOROC = 'CHOROC',
  /** 초록마을(네이버직연동) */
  CHOROCMAEUL = 'CHOROCMAEUL',
  /** 캐나다쉬핑 */
  COSHIP = 'COSHIP',
  /** 케이제이티 */
  KJT = 'KJT',
  /** 큐런 */
  QRUN = 'QRUN',
  /** 큐브플로우 */
  CUBEFLOW = 'CUBEFLOW',
  /** 트랙스로지스 */
  QXPRESS = 'QXPRESS',
  /** 탱고앤고 */
  HEREWEGO = 'HEREWEGO',
  /** 토마토앱 */
  TOMATO = 'TOMATO',
  /** 투데이 */
  TODAY = 'TODAY',
  /** 티에스지로지스 */
  TSG = 'TSG',
  /** 팀프레시 */
  TEAMFRESH = 'TEAMFRESH',
  /** 파테크해운상공 */
  PATEK = 'PATEK',
  /** 파테크해운항공 */
  XINPATEK = 'XINPATEK',
  /** 판월드로지스틱 */
  PANASIA = 'PANASIA',
  /** 팬스타국제특송(PIEX) */
  PANSTAR = 'PANSTAR',
  /** 퍼레버택배 */
  FOREVER = 'FOREVER',
  /** 풀무원(로지스밸리) */
  PULMUONE = 'PULMUONE',
  /** 프레딧 */
  FREDIT = 'FREDIT',
  /** 프레시메이트 */
  FRESHMATES = 'FRESHMATES',
  /** 컬리넥스트마일 */
  KURLY = 'KURLY',
  /** 핑퐁 */
  PINGPONG = 'PINGPONG',
  /** 하우저 */
  HOWSER = 'HOWSER',
  /** 하이브시티 */
  HIVECITY = 'HIVECITY',
  /** 한달음택배 */
  HANDALUM = 'HANDALUM',
  /** 한덱스 */
  HANDEX = 'HANDEX',
  /** 한미포스트 */
  HANMI = 'HANMI',
  /** 한샘 */
  HANSSEM = 'HANSSEM',
  /** 한우리물류 */
  HANWOORI = 'HANWOORI',
  /** 한의사랑택배 */
  HPL = 'HPL',
  /** 합동택배 */
  HDEXP = 'HDEXP',
  /** 허우적 */
  HERWUZUG = 'HERWUZUG',
  /** 현대글로비스 */
  GLOVIS = 'GLOVIS',
  /** 홈이노베이션로지스 */
  HOMEINNO = 'HOMEINNO',
  /** 홈픽오늘도착 */
  HOMEPICKTODAY = 'HOMEPICKTODAY',
  /** 홈픽택배 */
  HOMEPICK = 'HOMEPICK',
  /** 홈플러스 */
  HOMEPLUSDELIVERY = 'HOMEPLUSDELIVERY',
  /** 홈플러스익스프레스 */
  HOMEPLUSEXPRESS = 'HOMEPLUSEXPRESS',
  /** 화물을부탁해 */
  CARGOPLEASE = 'CARGOPLEASE',
  /** 화통 */
  HWATONG = 'HWATONG',
  /** 기타택배 */
  CH1 = 'CH1',
  /** 바로스 */
  LETUS = 'LETUS',
  /** 레터스 */
  LETUS3PL = 'LETUS3PL',
  /** 신세계까사 */
  CASA = 'CASA',
  /** 지씨에스 */
  GCS = 'GCS',
  /** 지케이글로벌 */
  GKGLOBAL = 'GKGLOBAL',
  /** 비알씨에이치 */
  BRCH = 'BRCH',
  /** 든든택배 */
  DNDN = 'DNDN',
  /** 고넬로 */
  GONELO = 'GONELO',
  /** JCLS */
  JCLS = 'JCLS',
  /** JWTNL */
  JWTNL = 'JWTNL',
  /** GS편의점(퀵배달용) */
  GS25 = 'GS25',
  /** CU편의점(퀵배달용) */
  CU = 'CU',
}

/**
 * 발송 배송 방법: the delivery methods that send goods to the buyer, which a dispatch (#7) or an
 * exchange re-delivery (#16) may name. Leaves out the RETURN_* ways back and UNKNOWN, which
 * the upstream only reports. Our restriction: the upstream documents one list for dispatch,
 * collection and re-delivery. Its values are DeliveryMethod values, so it fits wherever a
 * DeliveryMethod is expected.
 */
export const DispatchDeliveryMethod = {
  DELIVERY: DeliveryMethod.DELIVERY,
  GDFW_ISSUE_SVC: DeliveryMethod.GDFW_ISSUE_SVC,
  VISIT_RECEIPT: DeliveryMethod.VISIT_RECEIPT,
  DIRECT_DELIVERY: DeliveryMethod.DIRECT_DELIVERY,
  QUICK_SVC: DeliveryMethod.QUICK_SVC,
  NOTHING: DeliveryMethod.NOTHING,
} as const;

export type DispatchDeliveryMethod =
  (typeof DispatchDeliveryMethod)[keyof typeof DispatchDeliveryMethod];

/**
 * 구매평 구분: kind of purchase review (4.20). Known only from the legacy SOAP operation
 * GetPurchaseReviewList (`PurchaseReviewClassType`), where it is required; the REST API's own
 * name for it is unpublished.
 */
export enum PurchaseReviewClassType {
  /** 일반 구매평: text review. */
  GENERAL = 'GENERAL',
  /** 프리미엄 구매평: photo or video review. */
  PREMIUM = 'PREMIUM',
}

/*
 * Settlement (정산, 4.23). The reference lists only the query enums; the result enums below
 * (SettleProductOrderType to VatStatus) come from the same Commerce API pages it read
 * (`/v1/pay-settle/settle/*` and `/v1/pay-settle/vat/*`, version 2.72.0). Two long result
 * lists, bank (`bankType`) and sales-linked commission (`sellingInterlockCommissionType`),
 * stay plain strings in the models: they run to 60 and 130 values and change often.
 */

/**
 * 정산 조회 기간 기준: which date of a settlement `searchDate` means, for the case and
 * commission-details queries (4.23).
 */
export enum SettlePeriodType {
  /** 정산 예정일: expected settlement date. */
  SETTLE_CASEBYCASE_SETTLE_SCHEDULE_DATE = 'SETTLE_CASEBYCASE_SETTLE_SCHEDULE_DATE',
  /** 정산 기준일: settlement basis date. */
  SETTLE_CASEBYCASE_SETTLE_BASIS_DATE = 'SETTLE_CASEBYCASE_SETTLE_BASIS_DATE',
  /** 정산 완료일: settlement completion date. */
  SETTLE_CASEBYCASE_SETTLE_COMPLETE_DATE = 'SETTLE_CASEBYCASE_SETTLE_COMPLETE_DATE',
  /** 결제일: payment date; the only one `settleDecisionType` refines. */
  SETTLE_CASEBYCASE_PAY_DATE = 'SETTLE_CASEBYCASE_PAY_DATE',
  /** 세금 신고 기준일: tax return basis date. */
  SETTLE_CASEBYCASE_TAXRETURN_BASIS_DATE = 'SETTLE_CASEBYCASE_TAXRETURN_BASIS_DATE',
}

/** 결제일 구분: which payments to list when searching by payment date (4.23). */
export enum SettleDecisionType {
  /** 정산 확정 건: settlement decided. */
  SETTLED = 'SETTLED',
  /** 정산 미확정 건: settlement not yet decided. */
  UNSETTLED = 'UNSETTLED',
  /** 정산 전 취소 건: cancelled before settlement. */
  BEFORE_CANCEL = 'BEFORE_CANCEL',
}

/**
 * 정산 구분: kind of settlement entry, as a filter and in the results (4.23). The upstream's
 * list of accepted filter values leaves out `PURCHASE_CONFIRM`, which its prose names.
 */
export enum SettleType {
  /** 일반정산: ordinary settlement. */
  NORMAL_SETTLE_ORIGINAL = 'NORMAL_SETTLE_ORIGINAL',
  /** 정산 후 취소: cancelled after settlement. */
  NORMAL_SETTLE_AFTER_CANCEL = 'NORMAL_SETTLE_AFTER_CANCEL',
  /** 정산 전 취소: cancelled before settlement. */
  NORMAL_SETTLE_BEFORE_CANCEL = 'NORMAL_SETTLE_BEFORE_CANCEL',
  /** 빠른정산: quick settlement. */
  QUICK_SETTLE_ORIGINAL = 'QUICK_SETTLE_ORIGINAL',
  /** 빠른정산 회수: quick settlement clawed back. */
  QUICK_SETTLE_CANCEL = 'QUICK_SETTLE_CANCEL',
  /** 수량 취소 정산(공제): partial-quantity cancellation, deducted. */
  QUANTITY_CANCEL_DEDUCTION = 'QUANTITY_CANCEL_DEDUCTION',
  /** 수량 취소 정산(환급): partial-quantity cancellation, refunded. */
  QUANTITY_CANCEL_RESTORE = 'QUANTITY_CANCEL_RESTORE',
  /** 구매 확정: purchase decided. */
  PURCHASE_CONFIRM = 'PURCHASE_CONFIRM',
}

/** 정산 대상 구분: what a settlement line is for (`productOrderType` in settlement results). */
export enum SettleProductOrderType {
  /** 상품 주문: product order. */
  PROD_ORDER = 'PROD_ORDER',
  /** 배송비: shipping fee. */
  DELIVERY = 'DELIVERY',
  /** 기타 비용: other cost. */
  EXTRAFEE = 'EXTRAFEE',
  /** 결제 수단 출금: withdrawal from a payment means. */
  WITHDRAW = 'WITHDRAW',
  /** 구매자 환불: refund to the buyer. */
  REFUND = 'REFUND',
  /** 후불 결제 환불: refund of a pay-later payment. */
  PL_REFUND = 'PL_REFUND',
  /** 기타 공제 환급: other deduction refunded. */
  DEDUCTION_RESTORE = 'DEDUCTION_RESTORE',
  /** 상품 결제: product payment. */
  PROD_PAY = 'PROD_PAY',
  /** 텍스트 리뷰: text review reward. */
  PURCHASE_REVIEW = 'PURCHASE_REVIEW',
  /** 포토/동영상 리뷰: photo or video review reward. */
  PREMIUM_PURCHASE_REVIEW = 'PREMIUM_PURCHASE_REVIEW',
  /** 알림받기 동의 회원 리뷰 추가 적립: extra reward for reviews by subscribed members. */
  REGULAR_PURCHASE_REVIEW = 'REGULAR_PURCHASE_REVIEW',
  /** 한 달 사용 텍스트 리뷰: one-month text review reward. */
  ONE_MONTH_PURCHASE_REVIEW = 'ONE_MONTH_PURCHASE_REVIEW',
  /** 한 달 사용 포토/동영상 리뷰: one-month photo or video review reward. */
  ONE_MONTH_PREMIUM_PURCHASE_REVIEW = 'ONE_MONTH_PREMIUM_PURCHASE_REVIEW',
  /** 리뷰 적립: review reward. */
  REVIEW = 'REVIEW',
  /** 기타 할인: other discount. */
  ETC_COUPON = 'ETC_COUPON',
  /** 빠른정산: quick settlement. */
  QUICK_SETTLE = 'QUICK_SETTLE',
  /** 수량 취소: partial-quantity cancellation. */
  QUANTITY_CANCEL = 'QUANTITY_CANCEL',
  /** 차액 정산: difference settlement. */
  DIFFERENCE_SETTLE = 'DIFFERENCE_SETTLE',
  /** 보증금: deposit. */
  DEPOSIT_SETTLE = 'DEPOSIT_SETTLE',
  /** 렌탈 주문: rental order. */
  RENTAL_ORDER = 'RENTAL_ORDER',
  /** 수기 주문: manually entered order. */
  MANUAL_ORDER = 'MANUAL_ORDER',
  /** 월 렌탈료 주문: monthly rental fee order. */
  RENTAL_SCHEDULED_ORDER = 'RENTAL_SCHEDULED_ORDER',
  /** 우대 수수료 환급: preferential commission refund. */
  PREFERENTIAL_COMMISSION = 'PREFERENTIAL_COMMISSION',
  /** 포인트 적립: points accrued. */
  POINT_ACCUMULATION = 'POINT_ACCUMULATION',
}

/** 정산 방법: how a daily settlement is paid out. */
export enum SettleMethodType {
  /** 계좌 이체: bank transfer. */
  ACCOUNT = 'ACCOUNT',
  /** 충전금: credited as a balance. */
  CHARGE_AMT = 'CHARGE_AMT',
}

/** 수수료 타입: kind of commission in the commission details. */
export enum CommissionType {
  /** (구)판매 수수료: sales commission (old). */
  SALE_COMMISSION = 'SALE_COMMISSION',
  /** Npay 수수료: Naver Pay commission. */
  PAY_COMMISSION = 'PAY_COMMISSION',
  /** 채널 수수료: channel commission. */
  CHNL_COMMISSION = 'CHNL_COMMISSION',
  /** 무이자 할부 수수료: interest-free instalment commission. */
  ISTLM_COMMISSION = 'ISTLM_COMMISSION',
  /** 퍼블리싱 수수료: publishing commission. */
  PUBLISHING_COMMISSION = 'PUBLISHING_COMMISSION',
  /** 유입 수수료: inflow (referral) commission. */
  INFLOW_COMMISSION = 'INFLOW_COMMISSION',
  /** 솔루션 사용료: solution fee. */
  SERVICE_COMMISSION = 'SERVICE_COMMISSION',
  /** 계약 수수료: contract commission. */
  CONTRACT_COMMISSION = 'CONTRACT_COMMISSION',
  /** 패키지 사용료: package fee. */
  PACKAGE_COMMISSION = 'PACKAGE_COMMISSION',
  /** 제휴 사용료: partnership fee. */
  PARTNER_COMMISSION = 'PARTNER_COMMISSION',
  /** 구매자 수수료: buyer commission. */
  PURCHASER_COMMISSION = 'PURCHASER_COMMISSION',
  /** 가격비교 수수료: price-comparison commission. */
  PRICE_COMPARISON_COMMISSION = 'PRICE_COMPARISON_COMMISSION',
  /** 판매 수수료: platform sales commission. */
  PLATFORM_COMMISSION = 'PLATFORM_COMMISSION',
  /** 버티컬 사용료: vertical fee. */
  VERTICAL_COMMISSION = 'VERTICAL_COMMISSION',
}

/** 결제 수단: payment means a commission applies to. */
export enum PayMeansType {
  /** 전체: all. */
  PAYMEANS_TYPE_ALL = 'PAYMEANS_TYPE_ALL',
  /** 실시간 계좌 이체: real-time bank transfer. */
  PAYMEANS_TYPE_BANK = 'PAYMEANS_TYPE_BANK',
  /** 신용카드: credit card. */
  PAYMEANS_TYPE_CCARD = 'PAYMEANS_TYPE_CCARD',
  /** (구)구매자충전금: buyer balance (old). */
  PAYMEANS_TYPE_CHAMT = 'PAYMEANS_TYPE_CHAMT',
  /** (구)체크아웃적립금: Checkout points (old). */
  PAYMEANS_TYPE_CHKAC = 'PAYMEANS_TYPE_CHKAC',
  /** (구)네이버캐쉬: Naver Cash (old). */
  PAYMEANS_TYPE_DON = 'PAYMEANS_TYPE_DON',
  /** 휴대폰 결제: mobile phone billing. */
  PAYMEANS_TYPE_MOBIL = 'PAYMEANS_TYPE_MOBIL',
  /** 네이버페이 포인트·머니: Naver Pay points or money. */
  PAYMEANS_TYPE_NCASH = 'PAYMEANS_TYPE_NCASH',
  /** 포인트 결제: points. */
  PAYMEANS_TYPE_POINT = 'PAYMEANS_TYPE_POINT',
  /** 무통장입금: bank deposit without a passbook (virtual account). */
  PAYMEANS_TYPE_VACCT = 'PAYMEANS_TYPE_VACCT',
  /** 나중에결제: pay later. */
  PAYMEANS_TYPE_SKIP = 'PAYMEANS_TYPE_SKIP',
  /** 후불 결제: deferred payment. */
  PAYMEANS_TYPE_PAYLATER = 'PAYMEANS_TYPE_PAYLATER',
  /** 기프트 카드: gift card. */
  PAYMEANS_TYPE_GIFTCARD = 'PAYMEANS_TYPE_GIFTCARD',
  /** 주결제 수단 없음: no main payment means. */
  PAYMEANS_TYPE_NONE = 'PAYMEANS_TYPE_NONE',
  /** 네이버 할인지원금: Naver discount subsidy. */
  PAYMEANS_TYPE_NMP_DISCOUNT = 'PAYMEANS_TYPE_NMP_DISCOUNT',
  /** 해외 카드: foreign card. */
  PAYMEANS_TYPE_OVERSEAS_CARD = 'PAYMEANS_TYPE_OVERSEAS_CARD',
}

/** 부가세 상세 유형: what a VAT line settles (`detailType` of the VAT case results). */
export enum VatDetailType {
  /** 결제 수단 정산: payment means settlement. */
  VOUCH_DETAIL_PAYMENT_SETL = 'VOUCH_DETAIL_PAYMENT_SETL',
  /** 혜택 정산: benefit settlement. */
  VOUCH_DETAIL_COUPON_SETL = 'VOUCH_DETAIL_COUPON_SETL',
  /** 혜택 정산(상품 할인): benefit settlement, product discount. */
  VOUCH_DETAIL_PRODUCT_COUPON_SETL = 'VOUCH_DETAIL_PRODUCT_COUPON_SETL',
  /** 혜택 정산(스토어 할인): benefit settlement, store discount. */
  VOUCH_DETAIL_ORDER_COUPON_SETL = 'VOUCH_DETAIL_ORDER_COUPON_SETL',
  /** 혜택 정산(배송비 할인): benefit settlement, shipping discount. */
  VOUCH_DETAIL_DLVFEE_COUPON_SETL = 'VOUCH_DETAIL_DLVFEE_COUPON_SETL',
  /** 공제/환급: deduction or refund. */
  VOUCH_DETAIL_DDTN_RSTOR = 'VOUCH_DETAIL_DDTN_RSTOR',
  /** 공제/환급(반품 배송비): deduction or refund, return shipping fee. */
  VOUCH_DETAIL_RTNDLV = 'VOUCH_DETAIL_RTNDLV',
  /** 공제/환급(기타): deduction or refund, other. */
  VOUCH_DETAIL_ETCDLV = 'VOUCH_DETAIL_ETCDLV',
  /** 공제/환급(복수구매 할인 취소): deduction or refund, multi-buy discount cancelled. */
  VOUCH_DETAIL_DCCNCL = 'VOUCH_DETAIL_DCCNCL',
  /** 공제/환급(배송비 금액 변동): deduction or refund, shipping fee changed. */
  VOUCH_DETAIL_DLVREC = 'VOUCH_DETAIL_DLVREC',
  /** 공제/환급(배송비 할인 금액 변동): deduction or refund, shipping discount changed. */
  VOUCH_DETAIL_DLCNCL = 'VOUCH_DETAIL_DLCNCL',
}

/** 부가세 상태: whether a VAT line is a sale, a cancellation or a refund (`status`). */
export enum VatStatus {
  /** 원주문 매출: sale of the original order. */
  VOUCH_PUBLICATION = 'VOUCH_PUBLICATION',
  /** 주문 취소: order cancelled. */
  VOUCH_CANCEL = 'VOUCH_CANCEL',
  /** 공제/환급: deduction or refund. */
  VOUCH_RSTOR_PUBLICATION = 'VOUCH_RSTOR_PUBLICATION',
  /** 환급 취소: refund cancelled. */
  VOUCH_RSTOR_CANCEL = 'VOUCH_RSTOR_CANCEL',
}
