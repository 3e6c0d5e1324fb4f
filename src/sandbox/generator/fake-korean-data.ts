import { ClaimReason, TaxType } from '../store/sandbox-enums';
import { SandboxShippingAddress } from '../store/sandbox-records';
import { SeededRandom } from './seeded-random';

/**
 * Made-up Korean buyers, addresses and products. Everything is fictional: names are common
 * given names paired at random, phone numbers are random 010 numbers, and addresses are random
 * building numbers on real roads with a zip code from the district's real range.
 */

const SURNAMES = [
  '김',
  '이',
  '박',
  '최',
  '정',
  '강',
  '조',
  '윤',
  '장',
  '임',
  '한',
  '오',
  '서',
  '신',
];
const SURNAME_WEIGHTS = [21, 15, 8, 5, 4, 2, 2, 2, 2, 2, 1, 1, 1, 1];

const GIVEN_NAMES = [
  '민준',
  '서연',
  '도윤',
  '서윤',
  '시우',
  '지우',
  '하준',
  '하은',
  '주원',
  '지유',
  '지호',
  '서현',
  '예준',
  '수아',
  '유준',
  '지아',
  '준우',
  '민서',
  '건우',
  '채원',
  '현우',
  '다은',
  '지훈',
  '예린',
  '우진',
  '소율',
  '선우',
  '윤서',
  '연우',
  '지민',
];

const NAVER_ID_STEMS = ['happy', 'sky', 'mint', 'blue', 'moon', 'sun', 'jjang', 'dream', 'cat'];

export interface FakePerson {
  name: string;
  tel: string;
}

export function fakePerson(random: SeededRandom): FakePerson {
  const name = random.pickWeighted(SURNAMES, SURNAME_WEIGHTS) + random.pick(GIVEN_NAMES);

  return { name, tel: fakeMobileNumber(random) };
}

export function fakeMobileNumber(random: SeededRandom): string {
  return `010-${random.integer(2000, 9999)}-${random.digits(4)}`;
}

/** Naver shows buyer ids masked after the fourth character. */
export function fakeOrdererId(random: SeededRandom): string {
  const stem = random.pick(NAVER_ID_STEMS) + random.digits(2);

  return `${stem.slice(0, 4)}****`;
}

interface District {
  area: string;
  roads: readonly string[];
  zipCodes: readonly [number, number];
  apartments: readonly string[];
}

const DISTRICTS: readonly District[] = [
  {
    area: '서울특별시 강남구',
    roads: ['테헤란로', '논현로', '선릉로', '도산대로', '봉은사로'],
    zipCodes: [6000, 6399],
    apartments: ['래미안 대치팰리스', '역삼 푸르지오', '개포 자이'],
  },
  {
    area: '서울특별시 송파구',
    roads: ['올림픽로', '송파대로', '백제고분로', '오금로'],
    zipCodes: [5500, 5899],
    apartments: ['헬리오시티', '잠실 엘스', '리센츠'],
  },
  {
    area: '서울특별시 마포구',
    roads: ['월드컵북로', '양화로', '독막로', '마포대로'],
    zipCodes: [3900, 4199],
    apartments: ['마포 래미안푸르지오', '상암 월드컵파크'],
  },
  {
    area: '서울특별시 노원구',
    roads: ['동일로', '노원로', '한글비석로'],
    zipCodes: [1600, 1899],
    apartments: ['상계 주공', '중계 그린'],
  },
  {
    area: '경기도 성남시 분당구',
    roads: ['판교역로', '정자일로', '불정로', '황새울로'],
    zipCodes: [13400, 13699],
    apartments: ['분당 파크뷰', '봇들마을 9단지'],
  },
  {
    area: '경기도 수원시 영통구',
    roads: ['광교중앙로', '봉영로', '센트럴타운로'],
    zipCodes: [16500, 16699],
    apartments: ['광교 자연앤힐스테이트', '영통 벽산'],
  },
  {
    area: '경기도 고양시 일산동구',
    roads: ['중앙로', '정발산로', '일산로'],
    zipCodes: [10300, 10499],
    apartments: ['강촌마을 라이프', '백마마을 쌍용'],
  },
  {
    area: '인천광역시 연수구',
    roads: ['송도과학로', '컨벤시아대로', '해돋이로'],
    zipCodes: [21900, 22099],
    apartments: ['송도 더샵', '송도 아이파크'],
  },
  {
    area: '부산광역시 해운대구',
    roads: ['해운대로', '센텀중앙로', '마린시티2로'],
    zipCodes: [48000, 48199],
    apartments: ['센텀 트럼프월드', '해운대 아이파크'],
  },
  {
    area: '부산광역시 부산진구',
    roads: ['중앙대로', '서면로', '가야대로'],
    zipCodes: [47100, 47399],
    apartments: [],
  },
  {
    area: '대구광역시 수성구',
    roads: ['달구벌대로', '동대구로', '수성로'],
    zipCodes: [42000, 42299],
    apartments: ['범어 롯데캐슬', '수성 코오롱하늘채'],
  },
  {
    area: '대전광역시 유성구',
    roads: ['대학로', '엑스포로', '유성대로'],
    zipCodes: [34000, 34199],
    apartments: ['도룡 스마트시티', '노은 열매마을'],
  },
  {
    area: '광주광역시 서구',
    roads: ['상무중앙로', '치평로', '운천로'],
    zipCodes: [61900, 62099],
    apartments: [],
  },
  {
    area: '울산광역시 남구',
    roads: ['삼산로', '번영로', '돋질로'],
    zipCodes: [44600, 44799],
    apartments: ['문수로 아이파크'],
  },
  {
    area: '세종특별자치시',
    roads: ['한누리대로', '도움6로', '갈매로'],
    zipCodes: [30100, 30199],
    apartments: ['새뜸마을 10단지', '한뜰마을 3단지'],
  },
  {
    area: '제주특별자치도 제주시',
    roads: ['노형로', '연북로', '중앙로'],
    zipCodes: [63100, 63299],
    apartments: [],
  },
  {
    area: '강원특별자치도 춘천시',
    roads: ['중앙로', '후석로', '퇴계로'],
    zipCodes: [24200, 24499],
    apartments: ['퇴계 e편한세상'],
  },
  {
    area: '전북특별자치도 전주시 완산구',
    roads: ['홍산로', '효자로', '서원로'],
    zipCodes: [55000, 55199],
    apartments: ['효자 포레나'],
  },
];

const SHIPPING_MEMOS = [
  '문 앞에 놓아주세요.',
  '부재 시 경비실에 맡겨주세요.',
  '배송 전에 연락 부탁드립니다.',
  '택배함에 넣어주세요.',
];

export function fakeShippingAddress(
  random: SeededRandom,
  receiver: FakePerson,
): SandboxShippingAddress {
  const district = random.pick(DISTRICTS);
  const buildingNumber = random.integer(1, 420);
  const floor = random.integer(1, 25);
  const unit = String(random.integer(1, 4)).padStart(2, '0');
  const detailedAddress =
    district.apartments.length > 0 && random.chance(0.7)
      ? `${random.pick(district.apartments)} ${random.integer(101, 118)}동 ${floor}${unit}호`
      : `${Math.min(floor, 5)}층 ${Math.min(floor, 5)}${unit}호`;

  return {
    name: receiver.name,
    baseAddress: `${district.area} ${random.pick(district.roads)} ${buildingNumber}`,
    detailedAddress,
    zipCode: String(random.integer(...district.zipCodes)).padStart(5, '0'),
    tel1: receiver.tel,
    pickupLocationType: random.pick(['FRONT_OF_DOOR', 'MANAGEMENT_OFFICE'] as const),
    entryMethod: random.pick(['LOBBY_PW', 'FREE'] as const),
    entryMethodContent: undefined,
  };
}

export function fakeShippingMemo(random: SeededRandom): string | undefined {
  return random.chance(0.6) ? random.pick(SHIPPING_MEMOS) : undefined;
}

export interface CatalogueProduct {
  productId: string;
  name: string;
  price: number;
  immediateDiscount: number;
  taxType: TaxType;
  options: readonly (readonly [label: string, extraPrice: number])[];
}

/** Lines of at least this much ship free, like a common 조건부 무료배송 policy. */
export const FREE_SHIPPING_THRESHOLD = 50_000;
export const DELIVERY_FEE = 3_000;

export const CATALOGUE: readonly CatalogueProduct[] = [
  {
    productId: '8812345601',
    name: '국내산 부사 사과 5kg 가정용',
    price: 32_900,
    immediateDiscount: 3_000,
    taxType: 'TAX_EXEMPTION',
    options: [
      ['중과 (18~20과)', 0],
      ['대과 (14~16과)', 6_000],
    ],
  },
  {
    productId: '8812345602',
    name: '제주 노지 감귤 3kg 로얄과',
    price: 15_900,
    immediateDiscount: 0,
    taxType: 'TAX_EXEMPTION',
    options: [
      ['S~M 혼합', 0],
      ['L 사이즈', 3_000],
    ],
  },
  {
    productId: '8812345603',
    name: '유기농 현미 4kg',
    price: 24_800,
    immediateDiscount: 0,
    taxType: 'TAX_EXEMPTION',
    options: [],
  },
  {
    productId: '8812345604',
    name: '저온압착 국산 참기름 350ml',
    price: 18_900,
    immediateDiscount: 1_900,
    taxType: 'TAXATION',
    options: [
      ['1병', 0],
      ['2병 세트', 17_000],
    ],
  },
  {
    productId: '8812345605',
    name: '1등급 한우 불고기 선물세트 1.2kg',
    price: 89_000,
    immediateDiscount: 9_000,
    taxType: 'TAX_EXEMPTION',
    options: [
      ['보자기 포장', 0],
      ['일반 포장', 0],
    ],
  },
  {
    productId: '8812345606',
    name: '노이즈캔슬링 무선 블루투스 이어폰',
    price: 59_000,
    immediateDiscount: 5_000,
    taxType: 'TAXATION',
    options: [
      ['색상: 블랙', 0],
      ['색상: 화이트', 0],
      ['색상: 네이비', 2_000],
    ],
  },
  {
    productId: '8812345607',
    name: '남녀공용 오버핏 라운드 반팔 티셔츠',
    price: 14_900,
    immediateDiscount: 0,
    taxType: 'TAXATION',
    options: [
      ['색상: 블랙 / 사이즈: M', 0],
      ['색상: 블랙 / 사이즈: L', 0],
      ['색상: 화이트 / 사이즈: L', 0],
      ['색상: 네이비 / 사이즈: XL', 1_000],
    ],
  },
  {
    productId: '8812345608',
    name: '여성 경량 구스다운 패딩 조끼',
    price: 49_000,
    immediateDiscount: 4_900,
    taxType: 'TAXATION',
    options: [
      ['색상: 아이보리 / 사이즈: 55', 0],
      ['색상: 차콜 / 사이즈: 66', 0],
    ],
  },
  {
    productId: '8812345609',
    name: '데일리 쿠션 러닝화',
    price: 69_000,
    immediateDiscount: 7_000,
    taxType: 'TAXATION',
    options: [
      ['사이즈: 230', 0],
      ['사이즈: 250', 0],
      ['사이즈: 265', 0],
      ['사이즈: 280', 0],
    ],
  },
  {
    productId: '8812345610',
    name: '스테인리스 진공 텀블러 500ml',
    price: 16_900,
    immediateDiscount: 0,
    taxType: 'TAXATION',
    options: [
      ['색상: 실버', 0],
      ['색상: 민트', 0],
    ],
  },
  {
    productId: '8812345611',
    name: '고양이 두부모래 7L x 3개입',
    price: 21_900,
    immediateDiscount: 2_000,
    taxType: 'TAXATION',
    options: [
      ['오리지널', 0],
      ['녹차', 0],
    ],
  },
  {
    productId: '8812345612',
    name: '아기 물티슈 캡형 100매 x 10팩',
    price: 17_900,
    immediateDiscount: 0,
    taxType: 'TAXATION',
    options: [],
  },
  {
    productId: '8812345613',
    name: '캠핑 경량 접이식 의자',
    price: 32_000,
    immediateDiscount: 0,
    taxType: 'TAXATION',
    options: [
      ['그레이', 0],
      ['카키', 0],
    ],
  },
  {
    productId: '8812345614',
    name: '프리미엄 드립백 커피 30개입',
    price: 19_800,
    immediateDiscount: 0,
    taxType: 'TAXATION',
    options: [
      ['과테말라 블렌드', 0],
      ['에티오피아 예가체프', 2_000],
    ],
  },
  {
    productId: '8812345615',
    name: '천연 라텍스 베개 (커버 포함)',
    price: 45_000,
    immediateDiscount: 4_500,
    taxType: 'TAXATION',
    options: [
      ['일반형', 0],
      ['경추형', 8_000],
    ],
  },
];

export interface FakeCourier {
  code: string;
  trackingNumber: string;
}

/** The big parcel carriers with the length of their tracking numbers. */
const COURIERS: readonly (readonly [code: string, trackingDigits: number])[] = [
  ['CJGLS', 12],
  ['HANJIN', 12],
  ['HYUNDAI', 12],
  ['EPOST', 13],
  ['KGB', 11],
];
const COURIER_WEIGHTS = [45, 20, 15, 12, 8];

export function fakeCourier(random: SeededRandom, code?: string): FakeCourier {
  const [courierCode, trackingDigits] =
    COURIERS.find(([known]) => known === code) ?? random.pickWeighted(COURIERS, COURIER_WEIGHTS);

  return {
    code: courierCode,
    trackingNumber: String(random.integer(1, 9)) + random.digits(trackingDigits - 1),
  };
}

const CLAIM_DETAILS: Partial<Record<ClaimReason, readonly string[]>> = {
  INTENT_CHANGED: ['다른 상품으로 다시 주문할게요.', '필요 없어졌어요.'],
  COLOR_AND_SIZE: ['사이즈가 작아요. 한 치수 큰 걸로 바꿔 주세요.', '색상이 화면과 달라요.'],
  WRONG_ORDER: ['옵션을 잘못 선택했어요.'],
  PRODUCT_UNSATISFIED: ['생각했던 것과 달라요.'],
  DELAYED_DELIVERY: ['배송이 너무 늦어요.'],
  BROKEN: ['포장이 파손된 채로 도착했어요.', '제품에 흠집이 있어요.'],
  WRONG_DELIVERY: ['주문한 것과 다른 상품이 왔어요.'],
  WRONG_OPTION: ['다른 색상이 왔어요.'],
};

export function fakeClaimDetail(random: SeededRandom, reason: ClaimReason): string | undefined {
  const details = CLAIM_DETAILS[reason];

  return details === undefined ? undefined : random.pick(details);
}
