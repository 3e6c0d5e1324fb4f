import { ApiPropertyOptional } from '@nestjs/swagger';

import { AddressType, EntryMethod, PickupLocationType } from '../npay.enums';

/**
 * 주소: an address as the upstream reports it. Used for the seller's ship-from address
 * (`takingAddress`), the buyer's collection address (`collectAddress`) and the re-delivery
 * address of an exchange (`reDeliveryAddress`).
 */
export class Address {
  /** 배송지 타입: domestic or foreign address. */
  @ApiPropertyOptional({ enum: AddressType, enumName: 'AddressType' })
  addressType?: AddressType;

  /** 이름: name of the person at this address. */
  name?: string;

  /** 기본 주소: base address (street or lot address). */
  baseAddress?: string;

  /** 상세 주소: detailed address (building, unit). */
  detailedAddress?: string;

  /** 우편번호: postal code. */
  zipCode?: string;

  /** 도시: city; an empty string for domestic addresses. */
  city?: string;

  /** 주(state): state or province; an empty string for domestic addresses. */
  state?: string;

  /** 국가: country. */
  country?: string;

  /** 연락처 1: first phone number. */
  tel1?: string;

  /** 연락처 2: second phone number. */
  tel2?: string;

  /** 도로명 주소 여부: whether `baseAddress` is a road-name address. */
  isRoadNameAddress?: boolean;
}

/**
 * 배송지 주소: the buyer's shipping address, with the drop-off details that grocery and some
 * N-delivery orders carry.
 */
export class ShippingAddress extends Address {
  /** 수령 위치: where the parcel is left (grocery and some N-delivery orders only). */
  @ApiPropertyOptional({ enum: PickupLocationType, enumName: 'PickupLocationType' })
  pickupLocationType?: PickupLocationType;

  /** 수령 위치 내용: free text on where to leave the parcel. */
  pickupLocationContent?: string;

  /** 출입 방법: how the courier gets into the building. */
  @ApiPropertyOptional({ enum: EntryMethod, enumName: 'EntryMethod' })
  entryMethod?: EntryMethod;

  /** 출입 방법 내용: free text on building entry (e.g. the door code). */
  entryMethodContent?: string;

  /** 건물 관리 번호: building management number. */
  buildingManagementNo?: string;

  /** 경도: longitude, as a decimal string. */
  longitude?: string;

  /** 위도: latitude, as a decimal string. */
  latitude?: string;
}

/** 판매자 교환/반품 수취 주소: where the seller receives returned or exchanged goods. */
export class ReturnReceiveAddress extends Address {
  /** 물류센터 ID: logistics centre id, when a fulfilment centre receives the goods. */
  logisticsCenterId?: string;
}
