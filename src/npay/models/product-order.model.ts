import { ApiPropertyOptional } from '@nestjs/swagger';

import {
  ClaimStatus,
  ClaimType,
  CommissionPrePayStatus,
  CouponClassCode,
  DelayedDispatchReason,
  DeliveryAttributeType,
  DeliveryCompany,
  DeliveryMethod,
  DeliveryTagType,
  GiftReceivingStatus,
  MultiplePurchaseDiscountType,
  PlaceOrderStatus,
  ProductOrderStatus,
  StorageType,
  TaxType,
} from '../npay.enums';
import { Address, ShippingAddress } from './address.model';
import { ApiKstDateTime } from './api-kst-date-time.decorator';

/** 배송 희망 정보: the buyer's requested delivery date, for hope-delivery orders. */
export class HopeDelivery {
  /** 지역: region of the requested delivery. */
  region?: string;

  /** 배송 희망 지역 설정 배송비: extra fee for the requested region, KRW. */
  additionalFee?: number;

  /**
   * 배송 희망일: requested delivery date, `yyyyMMdd`.
   * @example '20240503'
   */
  hopeDeliveryYmd?: string;

  /**
   * 배송 희망 시간: requested delivery time, `HHmm`.
   * @example '1500'
   */
  hopeDeliveryHm?: string;

  /** 변경 사유: why the requested date was changed. */
  changeReason?: string;

  /** 변경한 사용자: who changed it (buyer, seller or seller API). */
  changer?: string;
}

/** 물류 재고 정보: Naver SKU mapping, for fulfilment product orders linked to Naver SKUs. */
export class SkuMapping {
  /** 네이버 SKU ID: Naver SKU id. */
  nsId?: string;

  /** SKU 바코드: SKU barcode. */
  nsBarcode?: string;

  /** 주문당 피킹 수량: units to pick per order. */
  pickingQuantityPerOrder?: number;
}

/** 쿠폰 사용 정보: a coupon applied to the product order. */
export class AppliedCoupon {
  /** 쿠폰 발행 번호: coupon issue number. */
  couponPublishNumber?: string;

  /** 쿠폰 유형: coupon class. */
  @ApiPropertyOptional({ enum: CouponClassCode, enumName: 'CouponClassCode' })
  couponClassCode?: CouponClassCode;

  /** 쿠폰 할인 금액: discount given by the coupon, KRW. */
  couponDiscountAmount?: number;

  /** 네이버 부담률: share of the discount borne by Naver, percent. */
  naverBurdenRatio?: number;
}

/** 카드 프로모션 적용 정보: a card-company promotion applied to the product order. */
export class AppliedCardPromotion {
  /** 프로모션 이름: promotion name. */
  promotionName?: string;

  /** 카드사 이름: card company name. */
  cardCompanyName?: string;

  /** 프로모션 혜택 금액: benefit given by the promotion, KRW. */
  promotionApplyAmount?: number;

  /** 판매자/가맹점 분담 비율: share borne by the seller or merchant, percent. */
  brandCompanyBurdenRatio?: number;
}

/**
 * 상품 주문 정보: line-level data of one product order: product, status, quantities, amounts,
 * shipping and commissions. Amounts are in KRW. `initial…` amounts are those at order time,
 * `remain…` what is left after partial (quantity) claims, and the unprefixed `total…`,
 * `product…` amounts equal the initial ones.
 */
export class ProductOrder {
  /**
   * 상품 주문 번호: product order id.
   * @example '2024050112345678'
   */
  productOrderId?: string;

  /**
   * 가맹점 ID: merchant id.
   * @example 'np_a1b2c3'
   */
  mallId?: string;

  /** 채널 번호: sales channel id. */
  merchantChannelId?: string;

  /** 채널 상품 번호: channel product id. */
  productId?: string;

  /** 원상품 번호: original product id. */
  originalProductId?: string;

  /** 그룹 상품 번호: group product id. */
  groupProductId?: number;

  /** 상품명: product name. */
  productName?: string;

  /** 상품 옵션(옵션명): option name as shown to the buyer. */
  productOption?: string;

  /** 옵션 코드: option code. */
  optionCode?: string;

  /** 아이템 번호: item number of an option or added product; equals `optionCode`. */
  itemNo?: string;

  /** 옵션 관리 코드: option management code the seller set on an option or added product. */
  optionManageCode?: string;

  /** 판매자 상품 코드: the seller's own product code. */
  sellerProductCode?: string;

  /** 판매자 내부 코드 1: a code the seller uses internally. */
  sellerCustomCode1?: string;

  /** 판매자 내부 코드 2: a second code the seller uses internally. */
  sellerCustomCode2?: string;

  /** 상품 종류: product class (general product or added product). */
  productClass?: string;

  /** 상품 주문 상태: status of this product order. */
  @ApiPropertyOptional({ enum: ProductOrderStatus, enumName: 'ProductOrderStatus' })
  productOrderStatus?: ProductOrderStatus;

  /** 클레임 구분: kind of the current claim; absent when there is none. */
  @ApiPropertyOptional({ enum: ClaimType, enumName: 'ClaimType' })
  claimType?: ClaimType;

  /** 클레임 상태: status of the current claim; absent when there is none. */
  @ApiPropertyOptional({ enum: ClaimStatus, enumName: 'ClaimStatus' })
  claimStatus?: ClaimStatus;

  /** 클레임 번호: id of the current claim. */
  claimId?: string;

  /** 발주 상태: whether the seller has confirmed the order. */
  @ApiPropertyOptional({ enum: PlaceOrderStatus, enumName: 'PlaceOrderStatus' })
  placeOrderStatus?: PlaceOrderStatus;

  /** 발주 확인일: when the seller confirmed the order (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  placeOrderDate?: string;

  /** 구매 확정일: when the purchase was decided (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  decisionDate?: string;

  /** 선물 수락 상태: gift acceptance state (gift orders only). */
  @ApiPropertyOptional({ enum: GiftReceivingStatus, enumName: 'GiftReceivingStatus' })
  giftReceivingStatus?: GiftReceivingStatus;

  /** 최초 수량: quantity ordered (same as `initialQuantity`). */
  quantity?: number;

  /** 최초 수량: quantity ordered. */
  initialQuantity?: number;

  /** 잔여 수량: quantity left after partial claims. */
  remainQuantity?: number;

  /** 상품 가격: unit price. */
  unitPrice?: number;

  /** 옵션 금액: option surcharge. */
  optionPrice?: number;

  /** 최초 주문 금액: order amount before discounts (same as `initialProductAmount`). */
  totalProductAmount?: number;

  /** 최초 주문 금액: order amount before discounts, at order time. */
  initialProductAmount?: number;

  /** 잔여 주문 금액: order amount before discounts, after partial claims. */
  remainProductAmount?: number;

  /** 최초 결제 금액: amount paid after discounts (same as `initialPaymentAmount`). */
  totalPaymentAmount?: number;

  /** 최초 결제 금액: amount paid after discounts, at order time. */
  initialPaymentAmount?: number;

  /** 잔여 결제 금액: amount paid after discounts, after partial claims. */
  remainPaymentAmount?: number;

  /** 최초 상품별 할인액: product discount (same as `initialProductDiscountAmount`). */
  productDiscountAmount?: number;

  /** 최초 상품별 할인액: product discount at order time. */
  initialProductDiscountAmount?: number;

  /** 잔여 상품별 할인액: product discount after partial claims. */
  remainProductDiscountAmount?: number;

  /** 상품별 즉시 할인 금액: immediate discount (upstream spells it `Imediate`). */
  productImediateDiscountAmount?: number;

  /** 최초 상품별 즉시 할인 금액: immediate discount at order time. */
  initialProductImmediateDiscountAmount?: number;

  /** 잔여 상품별 즉시 할인 금액: immediate discount after partial claims. */
  remainProductImmediateDiscountAmount?: number;

  /** 상품별 상품 할인 쿠폰 금액: product coupon discount. */
  productProductDiscountAmount?: number;

  /** 최초 상품별 상품 할인 쿠폰 금액: product coupon discount at order time. */
  initialProductProductDiscountAmount?: number;

  /** 잔여 상품별 상품 할인 쿠폰 금액: product coupon discount after partial claims. */
  remainProductProductDiscountAmount?: number;

  /** 상품별 복수 구매 할인 금액: multiple-purchase discount. */
  productMultiplePurchaseDiscountAmount?: number;

  /** 판매자 부담 할인액: total discount borne by the seller. */
  sellerBurdenDiscountAmount?: number;

  /** 판매자 부담 즉시 할인 금액: seller-borne immediate discount (upstream spells `Imediate`). */
  sellerBurdenImediateDiscountAmount?: number;

  /** 최초 판매자 부담 즉시 할인 금액: seller-borne immediate discount at order time. */
  initialSellerBurdenImmediateDiscountAmount?: number;

  /** 잔여 판매자 부담 즉시 할인 금액: seller-borne immediate discount after partial claims. */
  remainSellerBurdenImmediateDiscountAmount?: number;

  /** 판매자 부담 상품 할인 쿠폰 금액: seller-borne product coupon discount. */
  sellerBurdenProductDiscountAmount?: number;

  /** 최초 판매자 부담 상품 할인 쿠폰 금액: seller-borne product coupon discount at order time. */
  initialSellerBurdenProductDiscountAmount?: number;

  /** 잔여 판매자 부담 상품 할인 쿠폰 금액: seller-borne coupon discount after partial claims. */
  remainSellerBurdenProductDiscountAmount?: number;

  /** 판매자 부담 복수 구매 할인 금액: seller-borne multiple-purchase discount. */
  sellerBurdenMultiplePurchaseDiscountAmount?: number;

  /** 판매자 부담 복수 구매 할인 타입: how the seller-borne multiple-purchase discount counts. */
  @ApiPropertyOptional({
    enum: MultiplePurchaseDiscountType,
    enumName: 'MultiplePurchaseDiscountType',
  })
  sellerBurdenMultiplePurchaseDiscountType?: MultiplePurchaseDiscountType;

  /** 판매자 부담 스토어 할인 금액: seller-borne store discount. */
  sellerBurdenStoreDiscountAmount?: number;

  /** 배송비 합계: delivery fee. */
  deliveryFeeAmount?: number;

  /** 배송비 최종 할인액: delivery fee discount. */
  deliveryDiscountAmount?: number;

  /** 지역별 추가 배송비: regional delivery surcharge (islands, remote areas). */
  sectionDeliveryFee?: number;

  /** 배송비 정책: delivery fee policy (e.g. free above a threshold). */
  deliveryPolicyType?: string;

  /** 배송비 형태: delivery fee type (prepaid, cash on delivery or free). */
  shippingFeeType?: string;

  /** 묶음배송 번호: bundle number shared by product orders shipped together. */
  packageNumber?: string;

  /** 배송 방법: delivery method expected for this product order. */
  @ApiPropertyOptional({ enum: DeliveryMethod, enumName: 'DeliveryMethod' })
  expectedDeliveryMethod?: DeliveryMethod;

  /** 택배사: courier expected for this product order. */
  @ApiPropertyOptional({ enum: DeliveryCompany, enumName: 'DeliveryCompany' })
  expectedDeliveryCompany?: DeliveryCompany;

  /** 발송 시작일: earliest dispatch time (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  shippingStartDate?: string;

  /** 발송 기한: dispatch deadline (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  shippingDueDate?: string;

  /** 발송 지연 사유: why dispatch was delayed. */
  @ApiPropertyOptional({ enum: DelayedDispatchReason, enumName: 'DelayedDispatchReason' })
  delayedDispatchReason?: DelayedDispatchReason;

  /** 발송 지연 상세 사유: free-text reason for the dispatch delay. */
  delayedDispatchDetailedReason?: string;

  /** 배송 메모: the buyer's delivery memo. */
  shippingMemo?: string;

  /** 배송지 주소: the buyer's shipping address. */
  shippingAddress?: ShippingAddress;

  /** 판매자 출고지 주소: the seller's ship-from address. */
  takingAddress?: Address;

  /** 배송 속성 타입: delivery service attribute. */
  @ApiPropertyOptional({ enum: DeliveryAttributeType, enumName: 'DeliveryAttributeType' })
  deliveryAttributeType?: DeliveryAttributeType;

  /** 배송 태그 타입: promised arrival tag (some N-delivery orders only). */
  @ApiPropertyOptional({ enum: DeliveryTagType, enumName: 'DeliveryTagType' })
  deliveryTagType?: DeliveryTagType;

  /** 배송 도착 보장 일시: guaranteed arrival (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  arrivalGuaranteeDate?: string;

  /** 배송 희망 정보: the requested delivery date (hope-delivery orders only). */
  hopeDelivery?: HopeDelivery;

  /** 옵션 보관 유형: storage temperature of the product. */
  @ApiPropertyOptional({ enum: StorageType, enumName: 'StorageType' })
  storageType?: StorageType;

  /** 물류사 코드: logistics company id. */
  logisticsCompanyId?: string;

  /** 물류센터 코드: logistics centre id. */
  logisticsCenterId?: string;

  /** 물류 직계약 여부: whether the product ships under a direct logistics contract. */
  logisticsDirectContracted?: boolean;

  /** 물류 재고 정보: Naver SKU mappings (fulfilment orders linked to Naver SKUs only). */
  skuMappings?: SkuMapping[];

  /** 수수료 과금 구분: commission basis (payment, old sales or channel commission). */
  commissionRatingType?: string;

  /** 수수료 선결제 상태 구분: commission prepayment state. */
  @ApiPropertyOptional({ enum: CommissionPrePayStatus, enumName: 'CommissionPrePayStatus' })
  commissionPrePayStatus?: CommissionPrePayStatus;

  /** 결제 수수료: payment commission. */
  paymentCommission?: number;

  /** (구)판매 수수료: sales commission (old scheme). */
  saleCommission?: number;

  /** 채널 수수료: channel commission. */
  channelCommission?: number;

  /** 네이버 쇼핑 매출 연동 수수료: Naver Shopping sales-linked commission. */
  knowledgeShoppingSellingInterlockCommission?: number;

  /** 정산 예정 금액: expected settlement amount. */
  expectedSettlementAmount?: number;

  /** 사은품: free gift. */
  freeGift?: string;

  /** 유입 경로: inflow path (search ad, group buying, Band, Naver Shopping, other). */
  inflowPath?: string;

  /** 유입 경로 추가 정보: extra inflow path detail. */
  inflowPathAdd?: string;

  /** 개인통관고유부호: buyer's customs code; hidden once the deal is closed. */
  individualCustomUniqueCode?: string;

  /** 상품 과면세 여부: tax type of the product. */
  @ApiPropertyOptional({ enum: TaxType, enumName: 'TaxType' })
  taxType?: TaxType;

  /** 쿠폰 사용 정보: coupons applied to this product order. */
  appliedCoupons?: AppliedCoupon[];

  /** 카드 프로모션 적용 정보: card promotion applied to this product order. */
  appliedCardPromotion?: AppliedCardPromotion;
}
