import { SeededRandom } from './seeded-random';

/**
 * Made-up review and inquiry texts in the tone buyers and sellers use on Naver, some with
 * emoji, so that clients meet non-ASCII text in every field that carries free text.
 */

export interface ReviewText {
  title: string;
  content: string;
}

/** Review texts by score (5 down to 1). */
const REVIEWS_BY_SCORE: Readonly<Record<number, readonly ReviewText[]>> = {
  5: [
    {
      title: '정말 만족해요',
      content: '배송도 빠르고 포장도 꼼꼼했어요. 재구매 의사 있습니다! 👍',
    },
    { title: '최고예요', content: '사진보다 실물이 훨씬 좋아요. 가족들도 다 좋아하네요 😊' },
    { title: '강력 추천', content: '가격 대비 품질이 아주 좋습니다. 주변에도 추천했어요.' },
  ],
  4: [
    { title: '좋아요', content: '전체적으로 만족합니다. 배송이 하루 늦은 것만 빼면요.' },
    { title: '괜찮아요', content: '생각했던 것과 거의 비슷해요. 잘 쓰겠습니다 🙂' },
  ],
  3: [{ title: '보통이에요', content: '무난합니다. 가격을 생각하면 그럭저럭 괜찮아요.' }],
  2: [
    {
      title: '아쉬워요',
      content: '사이즈가 생각보다 작게 나왔어요. 교환은 번거로워서 그냥 씁니다.',
    },
  ],
  1: [{ title: '별로예요', content: '포장이 찢어진 채로 왔고 제품에도 흠집이 있었어요 😞' }],
};

export function fakeReviewText(random: SeededRandom, score: number): ReviewText {
  return random.pick(REVIEWS_BY_SCORE[score]);
}

export const INQUIRY_CATEGORIES = ['상품', '배송', '반품', '교환', '환불', '기타'] as const;
export type InquiryCategory = (typeof INQUIRY_CATEGORIES)[number];

interface InquiryText {
  title: string;
  content: (productName: string) => string;
  answer: string;
}

const INQUIRIES: Readonly<Record<InquiryCategory, readonly InquiryText[]>> = {
  상품: [
    {
      title: '사이즈 문의드립니다',
      content: (name) => `${name} 평소 M 입는데 어떤 사이즈가 맞을까요?`,
      answer: '평소 입으시는 사이즈로 주문하시면 됩니다. 감사합니다 😊',
    },
    {
      title: '유통기한 문의',
      content: (name) => `${name} 유통기한이 언제까지인가요?`,
      answer: '현재 출고 상품은 제조일로부터 12개월까지입니다.',
    },
  ],
  배송: [
    {
      title: '언제 발송되나요?',
      content: (name) => `${name} 주문했는데 아직 발송 전이네요. 언제 받을 수 있을까요? 🙏`,
      answer: '내일 오전 중 발송 예정입니다. 기다려 주셔서 감사합니다.',
    },
  ],
  반품: [
    {
      title: '반품하고 싶어요',
      content: (name) => `${name} 단순 변심인데 반품 가능한가요?`,
      answer: '수령 후 7일 이내라면 반품 가능합니다. 왕복 배송비가 부과됩니다.',
    },
  ],
  교환: [
    {
      title: '색상 교환 가능한가요',
      content: (name) => `${name} 다른 색상으로 교환하고 싶습니다.`,
      answer: '교환 신청해 주시면 회수 후 바로 보내드리겠습니다.',
    },
  ],
  환불: [
    {
      title: '환불 언제 되나요',
      content: (name) => `${name} 취소했는데 환불이 아직 안 들어왔어요.`,
      answer: '카드 취소는 영업일 기준 3~5일 정도 걸립니다.',
    },
  ],
  기타: [
    {
      title: '선물 포장 되나요?',
      content: (name) => `${name} 선물용인데 포장 부탁드려도 될까요? 🎁`,
      answer: '요청 사항에 남겨 주시면 선물 포장해 드립니다.',
    },
  ],
};

export interface FakeInquiryText {
  title: string;
  content: string;
  answer: string;
}

export function fakeInquiryText(
  random: SeededRandom,
  category: InquiryCategory,
  productName: string,
): FakeInquiryText {
  const text = random.pick(INQUIRIES[category]);

  return { title: text.title, content: text.content(productName), answer: text.answer };
}
