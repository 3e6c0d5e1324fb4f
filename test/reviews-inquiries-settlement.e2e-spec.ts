import { toKstDate, toKstDateTime } from '../src/common/time/kst';
import { SandboxOperationName } from '../src/sandbox/http/sandbox-operation';
import { issueToken, JsonBody, SandboxCaller } from '../src/sandbox/testing/sandbox-test-client';
import { gatewayForSuite } from './support/gateway-caller';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const ANSWER_TEXT = '문의 감사합니다 😊 재입고는 5월 10일 예정입니다. "정말" 👨‍👩‍👧 \u1112\u1161\u11ab';

const enc = (value: string) => encodeURIComponent(value);

describe('reviews, inquiries and settlement through the gateway', () => {
  const api = gatewayForSuite();
  /** The sandbox asked directly, to show the gateway passes its answers on unchanged. */
  let upstream: SandboxCaller;

  beforeAll(async () => {
    upstream = new SandboxCaller(
      api.gateway.sandbox,
      await issueToken(api.gateway.sandbox, Date.now()),
    );
  });

  /** The query of the gateway's one call of `operation`, as the sandbox received it. */
  const sentPathAndQuery = (operation: SandboxOperationName): string => {
    const call = api.onlyCall(operation);

    expect(call.method).toBe('GET');

    return call.rawUrl.replace('/npay/partner', '');
  };

  describe('GET /v1/reviews', () => {
    it('passes the window in KST and the paging on, and answers the upstream data', async () => {
      const delivered = api.created('DELIVERED');

      api.gateway.sandbox.simulate.buyerWritesReview(delivered, {
        content: '배송이 빨라요 👍🏽',
        score: 5,
        reviewType: 'PREMIUM',
      });

      const to = api.gateway.clock.now();
      const from = to - 2 * HOUR;

      const answer = await api.get(
        `/v1/reviews?fromDateTime=${new Date(from).toISOString()}` +
          `&toDateTime=${enc(toKstDateTime(to))}&reviewType=PREMIUM&page=1&pageSize=50`,
      );

      expect(answer.status).toBe(200);

      const sent = sentPathAndQuery('getReviews');

      expect(sent).toBe(
        `/v1/pay-order/mall/reviews?fromDateTime=${enc(toKstDateTime(from))}` +
          `&toDateTime=${enc(toKstDateTime(to))}&reviewType=PREMIUM&page=1&pageSize=50`,
      );
      expect(answer.body).toEqual((await upstream.get(sent)).body.data);
      expect(answer.body.contents).toContainEqual(
        expect.objectContaining({
          productOrderId: delivered,
          content: '배송이 빨라요 👍🏽',
          purchaseReviewScore: 5,
        }),
      );
    });
  });

  describe('inquiries', () => {
    const asked = (): string => {
      const productOrderId = api.created('DELIVERED');

      return String(
        api.gateway.sandbox.simulate.buyerAsksInquiry(productOrderId, {
          title: '재입고 문의',
          content: '언제 다시 들어오나요?',
          category: '상품',
        }).inquiryNo,
      );
    };

    const today = () => toKstDate(api.gateway.clock.now());

    const inquiryOf = async (inquiryNo: string): Promise<JsonBody> => {
      const answer = await api.get(
        `/v1/inquiries?startSearchDate=${today()}&endSearchDate=${today()}&size=200`,
      );

      expect(answer.status).toBe(200);

      return answer.body.content.find(
        (inquiry: JsonBody) => String(inquiry.inquiryNo) === inquiryNo,
      );
    };

    it('GET /v1/inquiries passes the search on and answers the bare page', async () => {
      const start = toKstDate(api.gateway.clock.now() - 6 * DAY);

      const answer = await api.get(
        `/v1/inquiries?startSearchDate=${start}&endSearchDate=${today()}&answered=false` +
          '&page=2&size=10',
      );

      expect(answer.status).toBe(200);

      const sent = sentPathAndQuery('getInquiries');

      expect(sent).toBe(
        `/v1/pay-user/inquiries?startSearchDate=${start}&endSearchDate=${today()}` +
          '&answered=false&page=2&size=10',
      );
      expect(answer.body).toEqual((await upstream.get(sent)).body);
      expect(answer.body.content.length).toBeGreaterThan(0);
      expect(answer.body.content.every((inquiry: JsonBody) => inquiry.answered === false)).toBe(
        true,
      );
    });

    it('POST …/answer sends the text byte for byte, and the inquiry then shows it', async () => {
      const inquiryNo = asked();
      const body = { answerComment: ANSWER_TEXT, answerTemplateId: '12345' };

      const answer = await api.post(`/v1/inquiries/${inquiryNo}/answer`, body);

      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        inquiryNo: Number(inquiryNo),
        inquiryCommentNo: expect.any(Number),
      });

      const call = api.onlyCall('answerInquiry');
      const expectedBytes = Buffer.from(JSON.stringify(body), 'utf8');

      expect(call.method).toBe('POST');
      expect(call.rawUrl).toBe(`/npay/partner/v1/pay-merchant/inquiries/${inquiryNo}/answer`);
      expect(call.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(Buffer.from(call.rawBody, 'utf8')).toEqual(expectedBytes);
      expect(call.headers['content-length']).toBe(String(expectedBytes.length));

      expect(await inquiryOf(inquiryNo)).toMatchObject({
        answered: true,
        answerContent: ANSWER_TEXT,
        answerContentId: answer.body.inquiryCommentNo,
        answerTemplateNo: 12345,
      });
    });

    it('PUT …/answer/:answerContentId changes the answer', async () => {
      const inquiryNo = asked();
      const first = await api.post(`/v1/inquiries/${inquiryNo}/answer`, {
        answerComment: '확인 중',
      });
      const answerContentId = String(first.body.inquiryCommentNo);

      api.gateway.sandbox.journal.clear();

      const changed = await api.put(`/v1/inquiries/${inquiryNo}/answer/${answerContentId}`, {
        answerComment: '5월 10일 재입고 예정입니다 🙏',
      });

      expect(changed.status).toBe(200);
      expect(changed.body).toEqual({
        inquiryNo: Number(inquiryNo),
        inquiryCommentNo: expect.any(Number),
      });

      const call = api.onlyCall('updateInquiryAnswer');

      expect(call.method).toBe('PUT');
      expect(call.rawUrl).toBe(
        `/npay/partner/v1/pay-merchant/inquiries/${inquiryNo}/answer/${answerContentId}`,
      );
      expect(call.rawBody).toBe(JSON.stringify({ answerComment: '5월 10일 재입고 예정입니다 🙏' }));
      expect((await inquiryOf(inquiryNo)).answerContent).toBe('5월 10일 재입고 예정입니다 🙏');
    });

    it('answers 409 INQUIRY_ALREADY_ANSWERED to a second answer, keeping the first', async () => {
      const inquiryNo = asked();

      await api.post(`/v1/inquiries/${inquiryNo}/answer`, { answerComment: '첫 답변' });

      const second = await api.post(`/v1/inquiries/${inquiryNo}/answer`, {
        answerComment: '두 번째',
      });

      expect(second.status).toBe(409);
      expect(second.body).toMatchObject({
        code: 'INQUIRY_ALREADY_ANSWERED',
        upstreamCode: 'ERR-NC-101010',
      });
      expect((await inquiryOf(inquiryNo)).answerContent).toBe('첫 답변');
    });

    it('answers 404 INQUIRY_NOT_FOUND for an inquiry the upstream does not have', async () => {
      const answer = await api.post('/v1/inquiries/999999999/answer', { answerComment: '답변' });

      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({
        code: 'INQUIRY_NOT_FOUND',
        upstreamCode: 'ERR-NC-101004',
      });
    });

    it('answers 400 UPSTREAM_REJECTED_REQUEST when changing an answer the inquiry lacks', async () => {
      const inquiryNo = asked();

      const answer = await api.put(`/v1/inquiries/${inquiryNo}/answer/123`, {
        answerComment: '수정',
      });

      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        code: 'UPSTREAM_REJECTED_REQUEST',
        upstreamCode: 'ERR-NC-101001',
      });
      expect((await inquiryOf(inquiryNo)).answered).toBe(false);
    });
  });

  describe('settlement', () => {
    /** Noon KST on the 15th of the month before the clock's, and that month's first and last day. */
    const lastMonth = () => {
      const [year, month] = toKstDate(api.gateway.clock.now()).split('-').map(Number);
      const first = new Date(Date.UTC(year, month - 2, 1));
      const last = new Date(Date.UTC(year, month - 1, 0));

      return {
        midday: Date.UTC(year, month - 2, 15, 3),
        startDate: first.toISOString().slice(0, 10),
        endDate: last.toISOString().slice(0, 10),
      };
    };

    let decidedDay: string;

    beforeAll(() => {
      const month = lastMonth();

      for (const lastChangedDate of [month.midday, month.midday + DAY]) {
        api.gateway.sandbox.simulate.createProductOrder('PURCHASE_DECIDED', { lastChangedDate });
      }

      decidedDay = toKstDate(month.midday);
    });

    it.each([
      [
        'getSettleCases',
        '/v1/settle/case',
        () =>
          `pageNumber=1&pageSize=100&searchDate=${decidedDay}` +
          '&periodType=SETTLE_CASEBYCASE_SETTLE_BASIS_DATE',
      ],
      [
        'getSettleDaily',
        '/v1/settle/daily',
        () =>
          `pageNumber=1&pageSize=100&startDate=${lastMonth().startDate}&endDate=${lastMonth().endDate}`,
      ],
      [
        'getCommissionDetails',
        '/v1/settle/commission-details',
        () =>
          `pageNumber=1&pageSize=100&searchDate=${decidedDay}` +
          '&periodType=SETTLE_CASEBYCASE_SETTLE_BASIS_DATE&settleType=NORMAL_SETTLE_ORIGINAL',
      ],
      [
        'getVatCases',
        '/v1/vat/case',
        () =>
          `pageNumber=1&pageSize=100&startDate=${lastMonth().startDate}&endDate=${lastMonth().endDate}`,
      ],
      [
        'getVatDaily',
        '/v1/vat/daily',
        () =>
          `pageNumber=2&pageSize=1&startDate=${lastMonth().startDate}&endDate=${lastMonth().endDate}`,
      ],
    ] as const)(
      '%s: GET %s passes the query on and answers the bare page',
      async (operation, path, query) => {
        const answer = await api.get(`${path}?${query()}`);

        expect(answer.status).toBe(200);

        const sent = sentPathAndQuery(operation);

        expect(sent).toBe(`/v1/pay-settle-mall${path.slice(3)}?${query()}`);
        expect(answer.body).toEqual((await upstream.get(sent)).body);
        expect(Object.keys(answer.body)).toEqual(['elements', 'pagination']);
        expect(answer.body.elements.length).toBeGreaterThan(0);
      },
    );
  });
});
