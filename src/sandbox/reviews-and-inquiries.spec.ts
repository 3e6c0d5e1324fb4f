import { isKstDateTime, toKstDate, toKstDateTime } from '../common/time/kst';
import { startEmbeddedSandbox } from './embedded-sandbox';
import {
  getJson,
  issueToken,
  JsonBody,
  kstParam,
  sandboxForSuite,
} from './testing/sandbox-test-client';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const REVIEWS_PATH = '/v1/pay-order/mall/reviews';
const INQUIRIES_PATH = '/v1/pay-user/inquiries';
const ANSWER_PATH = (inquiryNo: number | string) =>
  `/v1/pay-merchant/inquiries/${inquiryNo}/answer`;
const SERVICE_TRACE_ID = /^[0-9a-f]{16}$/;
const TRICKY_TEXT = '배송이 빨라요 👍🏽 \u1112\u1161\u11ab 👨‍👩‍👧 "정말" 최고';

describe('reviews and inquiries (#20–#22)', () => {
  const suite = sandboxForSuite();
  const { clock } = suite;

  describe('GET /v1/pay-order/mall/reviews', () => {
    const window = (from: number, to: number, extra = '') =>
      `${REVIEWS_PATH}?fromDateTime=${kstParam(from)}&toDateTime=${kstParam(to)}${extra}`;

    /** Every review of one type written in the 24 h window ending at `to`, all pages. */
    const allReviews = async (reviewType: string, to = clock.current): Promise<JsonBody[]> => {
      const reviews: JsonBody[] = [];

      for (let page = 1; ; page += 1) {
        const response = await suite.api.get(
          window(to - DAY, to, `&reviewType=${reviewType}&pageSize=7&page=${page}`),
        );

        reviews.push(...response.body.data.contents);

        if (!response.body.data.pagination.hasNext) {
          return reviews;
        }
      }
    };

    it('lists reviews of delivered product orders written in the window', async () => {
      const reviews = [...(await allReviews('GENERAL')), ...(await allReviews('PREMIUM'))];

      expect(reviews.length).toBeGreaterThan(10);

      for (const review of reviews) {
        const record = suite.sandbox.store.get(review.productOrderId);

        expect(review).toEqual({
          purchaseReviewId: expect.stringMatching(/^[1-9]\d{9}$/),
          productOrderId: expect.stringMatching(/^\d{16}$/),
          productId: record?.product.productId,
          writerId: expect.stringMatching(/^[\w-]{22}$/),
          purchaseReviewScore: expect.any(Number),
          title: expect.any(String),
          content: expect.stringMatching(/[가-힣]/),
          createYmdt: expect.any(String),
        });
        expect(isKstDateTime(review.createYmdt)).toBe(true);
        expect(Date.parse(review.createYmdt)).toBeGreaterThan(record?.delivery?.deliveredDate ?? 0);
        expect(Date.parse(review.createYmdt)).toBeLessThanOrEqual(clock.current);
        expect(review.purchaseReviewScore).toBeGreaterThanOrEqual(1);
        expect(review.purchaseReviewScore).toBeLessThanOrEqual(5);
      }
    });

    it('pages in order of writing, and a twin sandbox answers the same', async () => {
      const reviews = await allReviews('GENERAL');
      const twin = await startEmbeddedSandbox({ now: clock.now });

      try {
        const token = await issueToken(twin, clock.current);
        const response = await getJson(
          twin,
          window(clock.current - DAY, clock.current, '&reviewType=GENERAL'),
          token,
        );

        expect(response.body.data.contents).toEqual(reviews);
        expect(response.body.data.pagination).toEqual({ page: 1, size: 300, hasNext: false });
      } finally {
        await twin.close();
      }

      const times = reviews.map((review) => Date.parse(review.createYmdt));

      expect(times).toEqual([...times].sort((left, right) => left - right));
    });

    it('shows a review the buyer writes, byte for byte', async () => {
      const [delivered] = suite.sandbox.store
        .list()
        .filter((record) => record.productOrderStatus === 'DELIVERED');

      clock.advance(MINUTE);
      suite.sandbox.simulate.buyerWritesReview(delivered.productOrderId, {
        content: TRICKY_TEXT,
        score: 2,
        reviewType: 'PREMIUM',
      });

      const response = await suite.api.get(
        window(clock.current - HOUR, clock.current, '&reviewType=PREMIUM'),
      );
      const written = response.body.data.contents.find(
        (review: JsonBody) => review.productOrderId === delivered.productOrderId,
      );

      expect(written).toMatchObject({
        purchaseReviewScore: 2,
        createYmdt: toKstDateTime(clock.current),
      });
      expect(Buffer.from(written.content)).toEqual(Buffer.from(TRICKY_TEXT));
    });

    it('refuses a review of something never delivered', () => {
      const paid = suite.sandbox.simulate.createProductOrder('PAYED_OK');

      expect(() =>
        suite.sandbox.simulate.buyerWritesReview(paid.productOrderId, { content: '좋아요' }),
      ).toThrow(/never delivered/);
    });

    it('answers 104139 to a window over 24 h', async () => {
      const response = await suite.api.get(
        window(clock.current - DAY - 1, clock.current, '&reviewType=GENERAL'),
      );

      expect(response.status).toBe(400);
      expect(response.body.code).toBe('104139');
    });

    it.each([
      ['no reviewType', '', ['reviewType']],
      ['an unknown reviewType', '&reviewType=PHOTO', ['reviewType']],
      ['page 0 and pageSize 301', '&reviewType=GENERAL&page=0&pageSize=301', ['page', 'pageSize']],
    ])('answers 400 4000 to %s', async (_case, extra, fields) => {
      const response = await suite.api.get(window(clock.current - HOUR, clock.current, extra));

      expect(response.status).toBe(400);
      expect(response.body.code).toBe('4000');
      expect(response.body.invalidInputs.map((input: JsonBody) => input.name)).toEqual(fields);
    });

    it('requires toDateTime, unlike #1', async () => {
      const response = await suite.api.get(
        `${REVIEWS_PATH}?fromDateTime=${kstParam(clock.current)}&reviewType=GENERAL`,
      );

      expect(response.status).toBe(400);
      expect(response.body.invalidInputs).toEqual([
        { name: 'toDateTime', type: 'NotNull', message: expect.any(String) },
      ]);
    });
  });

  describe('GET /v1/pay-user/inquiries', () => {
    const today = () => toKstDate(clock.current);
    const weekAgo = () => toKstDate(clock.current - 7 * DAY);
    const search = (extra = '') =>
      suite.api.get(
        `${INQUIRIES_PATH}?startSearchDate=${weekAgo()}&endSearchDate=${today()}${extra}`,
      );

    it('answers a bare Spring Page, newest first', async () => {
      const stored = suite.sandbox.inquiries.list();
      const response = await search('&size=10');
      const page = response.body;

      expect(response.status).toBe(200);
      expect(page).toEqual({
        content: expect.any(Array),
        pageable: {
          pageNumber: 0,
          pageSize: 10,
          sort: { empty: true, sorted: false, unsorted: true },
          offset: 0,
          paged: true,
          unpaged: false,
        },
        last: false,
        totalPages: Math.ceil(stored.length / 10),
        totalElements: stored.length,
        first: true,
        size: 10,
        number: 0,
        sort: { empty: true, sorted: false, unsorted: true },
        numberOfElements: 10,
        empty: false,
      });

      const times = page.content.map((item: JsonBody) => item.inquiryRegistrationDateTime);

      expect(times).toEqual([...times].sort().reverse());
      expect(page.content[0]).toEqual(
        expect.objectContaining({
          inquiryNo: expect.any(Number),
          category: expect.stringMatching(/^(상품|배송|반품|교환|환불|기타)$/),
          title: expect.any(String),
          inquiryContent: expect.any(String),
          answered: expect.any(Boolean),
          orderId: expect.stringMatching(/^\d{16}$/),
          productOrderIdList: expect.stringMatching(/^\d{16}(,\d{16})*$/),
          customerName: expect.any(String),
        }),
      );
    });

    it('walks every page once and filters by answered', async () => {
      const seen: number[] = [];

      for (let pageNumber = 1; ; pageNumber += 1) {
        const { body } = await search(`&size=10&page=${pageNumber}`);

        seen.push(...body.content.map((item: JsonBody) => item.inquiryNo));

        if (body.last) {
          break;
        }
      }

      const unanswered = (await search('&answered=false&size=200')).body.content;
      const answered = (await search('&answered=true&size=200')).body.content;

      expect(new Set(seen).size).toBe(suite.sandbox.inquiries.list().length);
      expect(unanswered.every((item: JsonBody) => !item.answered && !item.answerContent)).toBe(
        true,
      );
      expect(answered.every((item: JsonBody) => item.answered && item.answerContentId)).toBe(true);
      expect(unanswered.length + answered.length).toBe(seen.length);
    });

    const oneDay = 'startSearchDate=2026-03-01&endSearchDate=2026-03-01';

    it.each([
      ['no start date', `endSearchDate=2026-03-01`, '4001'],
      ['a day that does not exist', 'startSearchDate=2026-02-30&endSearchDate=2026-03-01', '4001'],
      ['answered=maybe', `${oneDay}&answered=maybe`, '4001'],
      ['a page that is no number', `${oneDay}&page=one`, '4001'],
      ['a start after the end', 'startSearchDate=2026-03-02&endSearchDate=2026-03-01', '4002'],
      ['366 days', 'startSearchDate=2025-03-01&endSearchDate=2026-03-02', '4003'],
      ['page 0', `${oneDay}&page=0`, '4004'],
      ['page 1000001', `${oneDay}&page=1000001`, '4005'],
      ['size 9', `${oneDay}&size=9`, '4006'],
      ['size 201', `${oneDay}&size=201`, '4007'],
    ])('answers 400 to %s with %s', async (_case, query, code) => {
      const response = await suite.api.get(`${INQUIRIES_PATH}?${query}`);

      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        code,
        message: expect.any(String),
        traceId: expect.stringMatching(SERVICE_TRACE_ID),
        timestamp: toKstDateTime(clock.current),
        ...(code === '4001' && {
          invalidInputs: [{ name: expect.any(String), message: expect.any(String) }],
        }),
      });
    });

    it('keeps the gateway error shape for a missing token', async () => {
      const response = await getJson(suite.sandbox, `${INQUIRIES_PATH}?startSearchDate=2026-03-01`);

      expect(response.status).toBe(401);
      expect(response.body).toEqual({
        code: 'GW.AUTHN',
        message: expect.any(String),
        timestamp: expect.any(String),
        traceId: response.headers.get('gncp-gw-trace-id'),
      });
    });
  });

  describe('inquiry answers', () => {
    const unanswered = () => {
      const inquiry = suite.sandbox.inquiries.list().find((each) => each.answer === undefined);

      if (inquiry === undefined) {
        throw new Error('The generated data lacks an unanswered inquiry');
      }

      return inquiry;
    };

    const listed = async (inquiryNo: number): Promise<JsonBody> => {
      const query = `startSearchDate=2025-03-03&endSearchDate=${toKstDate(clock.current)}`;
      const response = await suite.api.get(`${INQUIRIES_PATH}?${query}&size=200`);

      return response.body.content.find((item: JsonBody) => item.inquiryNo === inquiryNo);
    };

    it('registers an answer, byte for byte, then refuses a second one', async () => {
      const { inquiryNo } = unanswered();
      const body = { answerComment: TRICKY_TEXT, answerTemplateId: '12345' };

      clock.advance(MINUTE);

      const response = await suite.api.post(ANSWER_PATH(inquiryNo), body);
      const item = await listed(inquiryNo);

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        code: 'SUCCESS',
        message: expect.any(String),
        data: { inquiryNo, inquiryCommentNo: expect.any(Number) },
        timestamp: toKstDateTime(clock.current),
        traceId: expect.stringMatching(SERVICE_TRACE_ID),
      });
      expect(item).toMatchObject({
        answered: true,
        answerContentId: response.body.data.inquiryCommentNo,
        answerTemplateNo: 12345,
        answerRegistrationDateTime: toKstDateTime(clock.current),
      });
      expect(Buffer.from(item.answerContent)).toEqual(Buffer.from(TRICKY_TEXT));

      const again = await suite.api.post(ANSWER_PATH(inquiryNo), body);

      expect(again.status).toBe(400);
      expect(again.body).toEqual({
        code: 'ERR-NC-101010',
        message: expect.any(String),
        traceId: expect.stringMatching(SERVICE_TRACE_ID),
        timestamp: expect.any(String),
      });
    });

    it('changes an answer through its answerContentId', async () => {
      const { inquiryNo } = unanswered();
      const first = await suite.api.post(ANSWER_PATH(inquiryNo), { answerComment: '첫 답변' });
      const answerContentId = first.body.data.inquiryCommentNo;

      clock.advance(MINUTE);

      const response = await suite.api.put(`${ANSWER_PATH(inquiryNo)}/${answerContentId}`, {
        answerComment: '고친 답변 ✍️',
      });

      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({ inquiryNo, inquiryCommentNo: answerContentId });
      expect(await listed(inquiryNo)).toMatchObject({
        answerContentId,
        answerContent: '고친 답변 ✍️',
        answerRegistrationDateTime: toKstDateTime(clock.current),
      });

      const wrongId = await suite.api.put(`${ANSWER_PATH(inquiryNo)}/${answerContentId + 1}`, {
        answerComment: '다른 답변',
      });

      expect(wrongId.status).toBe(400);
      expect(wrongId.body.code).toBe('ERR-NC-101001');
    });

    it('answers ERR-NC-101004 for an inquiry that does not exist', async () => {
      const response = await suite.api.post(ANSWER_PATH(999), { answerComment: '답변' });

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'ERR-NC-101004',
        message: '문의 번호 999에 해당하는 문의가 없습니다.',
      });
    });

    it.each([
      ['no answerComment', {}],
      ['a blank answerComment', { answerComment: '  ' }],
      ['a template id that is no number', { answerComment: '답변', answerTemplateId: 'T1' }],
    ])('answers ERR-NC-101001 to %s', async (_case, body) => {
      const response = await suite.api.post(ANSWER_PATH(unanswered().inquiryNo), body);

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'ERR-NC-101001',
        invalidInputs: [{ name: expect.any(String), message: expect.any(String) }],
      });
      expect(response.body.invalidInputs[0]).not.toHaveProperty('type');
    });

    it('lists a question a buyer asks', async () => {
      const [line] = suite.sandbox.store.list();

      clock.advance(MINUTE);

      const asked = suite.sandbox.simulate.buyerAsksInquiry(line.productOrderId, {
        category: '배송',
        title: '언제 와요?',
        content: '빨리 받고 싶어요 🚚',
      });

      expect(await listed(asked.inquiryNo)).toMatchObject({
        category: '배송',
        title: '언제 와요?',
        inquiryContent: '빨리 받고 싶어요 🚚',
        inquiryRegistrationDateTime: toKstDateTime(clock.current),
        answered: false,
        orderId: line.order.orderId,
        productOrderIdList: line.productOrderId,
      });
    });
  });
});
