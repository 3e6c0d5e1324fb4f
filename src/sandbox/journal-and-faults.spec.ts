import { toKstDateTime } from '../common/time/kst';
import { EmbeddedSandbox, startEmbeddedSandbox } from './embedded-sandbox';
import {
  ManualClock,
  getJson,
  issueToken,
  kstParam,
  postJson,
  postTokenForm,
  readJson,
  signedTokenForm,
} from './testing/sandbox-test-client';

const CHANGES_PATH = '/v1/pay-order/mall/product-orders/last-changed-statuses';

describe('journal and faults', () => {
  const clock = new ManualClock(Date.parse('2026-03-02T09:00:00.000+09:00'));
  let sandbox: EmbeddedSandbox;
  let token: string;

  beforeAll(async () => {
    sandbox = await startEmbeddedSandbox({ now: clock.now, productOrderCount: 30 });
    token = await issueToken(sandbox, clock.current);
  });

  afterAll(() => sandbox.close());

  beforeEach(() => {
    sandbox.journal.clear();
    sandbox.faults.clear();
  });

  describe('journal', () => {
    it('records the query exactly as sent, and decoded', async () => {
      const from = toKstDateTime(clock.current - 3_600_000);
      const rawQuery =
        `lastChangedFrom=${encodeURIComponent(from)}` +
        '&lastChangedType=PAYED&lastChangedType=DISPATCHED';

      await getJson(sandbox, `${CHANGES_PATH}?${rawQuery}`, token);

      expect(sandbox.journal.entries).toEqual([
        {
          operation: 'getLastChangedStatuses',
          method: 'GET',
          rawUrl: `/npay/partner${CHANGES_PATH}?${rawQuery}`,
          path: `/npay/partner${CHANGES_PATH}`,
          query: { lastChangedFrom: from, lastChangedType: ['PAYED', 'DISPATCHED'] },
          headers: expect.objectContaining({ authorization: `Bearer ${token}` }),
          rawBody: '',
          body: undefined,
          status: 200,
          receivedAt: clock.current,
        },
      ]);
    });

    it('keeps an unencoded + visible in rawUrl while the decoded value has a space', async () => {
      const from = toKstDateTime(clock.current);

      await getJson(sandbox, `${CHANGES_PATH}?lastChangedFrom=${from}`, token);

      const [entry] = sandbox.journal.entries;

      expect(entry.rawUrl).toContain('+09:00');
      expect(entry.query.lastChangedFrom).toBe(from.replace('+', ' '));
      expect(entry.status).toBe(400);
    });

    it('records form and JSON bodies raw and parsed', async () => {
      const form = signedTokenForm(sandbox, clock.current);

      await postTokenForm(sandbox, form);
      await postJson(
        sandbox,
        '/v1/pay-order/mall/product-orders/query',
        { productOrderIds: ['2026030100000001'] },
        token,
      );

      const [tokenCall] = sandbox.journal.byOperation('token');
      const [queryCall] = sandbox.journal.byOperation('queryProductOrders');

      const formBody = new URLSearchParams(form as Record<string, string>).toString();

      expect(tokenCall.rawBody).toBe(formBody);
      expect(tokenCall.body).toEqual(form);
      expect(tokenCall.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(queryCall.rawBody).toBe('{"productOrderIds":["2026030100000001"]}');
      expect(queryCall.body).toEqual({ productOrderIds: ['2026030100000001'] });
    });

    it('records unknown paths as notFound', async () => {
      await getJson(sandbox, '/v2/nothing?x=1', token);

      expect(sandbox.journal.entries[0]).toMatchObject({
        operation: 'notFound',
        status: 404,
        rawUrl: '/npay/partner/v2/nothing?x=1',
      });
    });
  });

  describe('faults', () => {
    const changes = () =>
      getJson(sandbox, `${CHANGES_PATH}?lastChangedFrom=${kstParam(clock.current - 1)}`, token);

    it('fails the next `times` calls of one operation, then answers normally', async () => {
      sandbox.faults.inject('getLastChangedStatuses', {
        status: 503,
        code: 'GW.BLOCK.01',
        times: 2,
      });

      const statuses = [];

      for (let call = 0; call < 3; call += 1) {
        statuses.push((await changes()).status);
      }

      const journaled = sandbox.journal.byOperation('getLastChangedStatuses');

      expect(statuses).toEqual([503, 503, 200]);
      expect(journaled.map((entry) => entry.status)).toEqual([503, 503, 200]);
    });

    it('answers in the upstream error shape with the known message', async () => {
      sandbox.faults.inject('getLastChangedStatuses', { status: 429, code: 'GW.RATE_LIMIT' });

      const response = await changes();

      expect(response.status).toBe(429);
      expect(response.body).toEqual({
        code: 'GW.RATE_LIMIT',
        message: '요청이 많아 서비스를 일시적으로 사용할 수 없습니다.',
        timestamp: expect.any(String),
        traceId: response.headers.get('gncp-gw-trace-id'),
      });
    });

    it('hits the token endpoint with the token error shape', async () => {
      sandbox.faults.inject('token', {
        status: 500,
        code: 'GW.INTERNAL_SERVER_ERROR',
        message: 'boom',
      });

      const response = await postTokenForm(sandbox, signedTokenForm(sandbox, clock.current));

      expect(response.status).toBe(500);
      expect(await readJson(response)).toEqual({
        code: 'GW.INTERNAL_SERVER_ERROR',
        message: 'boom',
        timestamp: expect.any(String),
      });
    });

    it('applies `*` to any operation, after faults aimed at the operation itself', async () => {
      sandbox.faults.inject('*', { status: 504, code: 'GW.TIMEOUT.02', times: 2 });
      sandbox.faults.inject('getLastChangedStatuses', { status: 500, code: 'GW.PROXY.03' });

      const first = await changes();
      const second = await changes();
      const tokenCall = await postTokenForm(sandbox, signedTokenForm(sandbox, clock.current));
      const third = await changes();

      expect([first.body.code, second.body.code]).toEqual(['GW.PROXY.03', 'GW.TIMEOUT.02']);
      expect(tokenCall.status).toBe(504);
      expect(third.status).toBe(200);
    });

    it('waits delayMs before answering', async () => {
      sandbox.faults.inject('getLastChangedStatuses', {
        status: 504,
        code: 'GW.TIMEOUT.01',
        delayMs: 200,
      });

      const startedAt = performance.now();
      const response = await changes();

      expect(response.status).toBe(504);
      expect(performance.now() - startedAt).toBeGreaterThanOrEqual(190);
    });

    it('applies before authentication, like a gateway in front of the API', async () => {
      sandbox.faults.inject('getProductOrderIds', { status: 503, code: 'GW.BLOCK.02' });

      const response = await getJson(sandbox, '/v1/pay-order/mall/orders/1/product-order-ids');

      expect(response.status).toBe(503);
    });

    it('forgets pending faults on clear()', async () => {
      sandbox.faults.inject('*', { status: 503, code: 'GW.BLOCK.01', times: Infinity });
      sandbox.faults.clear();

      expect((await changes()).status).toBe(200);
    });
  });
});
