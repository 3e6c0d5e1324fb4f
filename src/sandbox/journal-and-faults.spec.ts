import { request as httpRequest } from 'node:http';

import { toKstDateTime } from '../common/time/kst';
import { EmbeddedSandbox, startEmbeddedSandbox } from './embedded-sandbox';
import {
  ManualClock,
  PRODUCT_ORDERS_PATH,
  eventually,
  getJson,
  issueToken,
  kstParam,
  postJson,
  postTokenForm,
  readJson,
  signedTokenForm,
} from './testing/sandbox-test-client';

const CHANGES_PATH = '/v1/pay-order/mall/product-orders/last-changed-statuses';

/** What a raw HTTP exchange came to: the status and the bytes received, or how it broke. */
interface RawExchange {
  status?: number;
  body: string;
  error?: string;
}

/** A GET that reports a reset, a hang (given up after `waitMs`) or a partial body as data. */
function rawGet(url: string, token: string, waitMs = 300): Promise<RawExchange> {
  return new Promise((resolve) => {
    let status: number | undefined;
    let body = '';
    const call = httpRequest(url, { headers: { authorization: `Bearer ${token}` } }, (response) => {
      status = response.statusCode;
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status, body }));
      response.on('error', () => resolve({ status, body, error: 'aborted' }));
    });

    call.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ status, body, error: error.code }),
    );
    call.setTimeout(waitMs, () =>
      call.destroy(Object.assign(new Error('gave up'), { code: 'GAVE_UP' })),
    );
    call.end();
  });
}

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

  const changes = () =>
    getJson(sandbox, `${CHANGES_PATH}?lastChangedFrom=${kstParam(clock.current - 1)}`, token);

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

  describe('transport faults', () => {
    const changesUrl = () =>
      `${sandbox.baseUrl}${CHANGES_PATH}?lastChangedFrom=${kstParam(clock.current - 1)}`;
    const confirm = (productOrderId: string) =>
      postJson(
        sandbox,
        `${PRODUCT_ORDERS_PATH}/confirm`,
        { productOrderIds: [productOrderId] },
        token,
      );
    const placeOrderStatus = (productOrderId: string) =>
      (sandbox.store.render(productOrderId) as { productOrder: { placeOrderStatus: string } })
        .productOrder.placeOrderStatus;

    it('resets the connection before a write is applied: the store is untouched', async () => {
      const { productOrderId } = sandbox.simulate.createProductOrder('PAYED_NOT_YET');

      sandbox.faults.inject('confirmProductOrders', { kind: 'reset-before-apply' });

      await expect(confirm(productOrderId)).rejects.toThrow();
      expect(placeOrderStatus(productOrderId)).toBe('NOT_YET');
      expect(sandbox.journal.byOperation('confirmProductOrders')).toEqual([
        expect.objectContaining({ status: 0, fault: 'reset-before-apply' }),
      ]);
      expect(sandbox.journal.entries[0].appliedProductOrderIds).toBeUndefined();
    });

    it('resets the connection after a write is applied: the store has it once', async () => {
      const { productOrderId } = sandbox.simulate.createProductOrder('PAYED_NOT_YET');

      sandbox.faults.inject('confirmProductOrders', { kind: 'reset-after-apply' });

      await expect(confirm(productOrderId)).rejects.toThrow();
      expect(placeOrderStatus(productOrderId)).toBe('OK');
      expect(sandbox.journal.byOperation('confirmProductOrders')).toEqual([
        expect.objectContaining({
          status: 0,
          fault: 'reset-after-apply',
          appliedProductOrderIds: [productOrderId],
        }),
      ]);
    });

    it('never answers, holding the connection until the client lets go', async () => {
      sandbox.faults.inject('getLastChangedStatuses', { kind: 'no-response' });

      const exchange = await rawGet(changesUrl(), token);

      expect(exchange).toEqual({ status: undefined, body: '', error: 'GAVE_UP' });
      expect(await eventually(() => sandbox.faults.heldConnections === 0)).toBe(true);
    });

    it('stalls mid-body: the headers and half the body, then nothing', async () => {
      sandbox.faults.inject('getLastChangedStatuses', { kind: 'stall-mid-body' });

      const exchange = await rawGet(changesUrl(), token);

      expect(exchange.status).toBe(200);
      expect(exchange.error).toBe('GAVE_UP');
      expect(exchange.body.startsWith('{"timestamp":')).toBe(true);
      expect(() => JSON.parse(exchange.body)).toThrow();
    });

    it('answers 200 with broken JSON', async () => {
      sandbox.faults.inject('getLastChangedStatuses', { kind: 'malformed-body' });

      const exchange = await rawGet(changesUrl(), token);

      expect(exchange.status).toBe(200);
      expect(exchange.error).toBeUndefined();
      expect(() => JSON.parse(exchange.body)).toThrow();
      expect(sandbox.journal.entries[0]).toMatchObject({ status: 200, fault: 'malformed-body' });
    });

    it('adds latency, then answers normally', async () => {
      sandbox.faults.inject('getLastChangedStatuses', { kind: 'latency', delayMs: 150 });

      const startedAt = performance.now();
      const response = await changes();

      expect(response.status).toBe(200);
      expect(performance.now() - startedAt).toBeGreaterThanOrEqual(140);
    });

    it('sends the rate-limit headers with an injected GW.RATE_LIMIT, quota ones with GW.QUOTA_LIMIT', async () => {
      sandbox.faults.inject('getLastChangedStatuses', { status: 429, code: 'GW.RATE_LIMIT' });
      sandbox.faults.inject('getLastChangedStatuses', { status: 429, code: 'GW.QUOTA_LIMIT' });

      const rateLimited = await changes();
      const overQuota = await changes();

      expect(Object.fromEntries(rateLimited.headers)).toMatchObject({
        'gncp-gw-ratelimit-replenish-rate': '10',
        'gncp-gw-ratelimit-burst-capacity': '20',
        'gncp-gw-ratelimit-remaining': '0',
      });
      expect(Object.fromEntries(overQuota.headers)).toMatchObject({
        'gncp-gw-quota-period': 'SECONDS',
        'gncp-gw-quota-limit': '100',
        'gncp-gw-quota-remaining': '0',
      });
    });

    it('hits only the share of calls its probability says', async () => {
      sandbox.faults.inject('getLastChangedStatuses', {
        status: 500,
        code: 'GW.PROXY.03',
        times: Infinity,
        probability: 0.5,
      });

      const statuses = [];

      for (let call = 0; call < 40; call += 1) {
        statuses.push((await changes()).status);
      }

      const failed = statuses.filter((status) => status === 500).length;

      expect(failed).toBeGreaterThan(5);
      expect(failed).toBeLessThan(35);
    });
  });

  describe('fault admin endpoint', () => {
    const admin = (method: string, body?: unknown) =>
      fetch(sandbox.faultAdminUrl, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    it('adds, lists and clears faults over HTTP, and keeps out of the journal', async () => {
      const added = await admin('POST', {
        operation: 'getLastChangedStatuses',
        status: 503,
        code: 'GW.BLOCK.02',
        times: null,
      });

      expect(added.status).toBe(201);
      expect((await changes()).status).toBe(503);
      expect(await (await admin('GET')).json()).toEqual({
        pending: [
          {
            target: 'getLastChangedStatuses',
            fault: expect.objectContaining({ kind: 'error', status: 503, code: 'GW.BLOCK.02' }),
            remaining: null,
            probability: 1,
          },
        ],
      });

      expect((await admin('DELETE')).status).toBe(204);
      expect((await changes()).status).toBe(200);
      expect(sandbox.journal.entries.map((entry) => entry.status)).toEqual([503, 200]);
    });

    it('refuses an unknown operation or kind with 400 and says why', async () => {
      const unknownOperation = await admin('POST', { operation: 'nope', kind: 'latency' });
      const unknownKind = await admin('POST', { operation: '*', kind: 'explode' });
      const noStatus = await admin('POST', { operation: '*', code: 'GW.BLOCK.01' });

      expect([unknownOperation.status, unknownKind.status, noStatus.status]).toEqual([
        400, 400, 400,
      ]);
      expect((await readJson(unknownKind)).error).toContain('kind must be one of');
      expect(sandbox.faults.list()).toEqual([]);
    });
  });
});

describe('rate limit', () => {
  const clock = new ManualClock(Date.parse('2026-03-02T09:00:00.000+09:00'));
  let sandbox: EmbeddedSandbox;
  let token: string;

  beforeAll(async () => {
    sandbox = await startEmbeddedSandbox({
      now: clock.now,
      productOrderCount: 10,
      rateLimit: { perSecond: 2, perOperation: { getProductOrderIds: 50 } },
    });
    token = await issueToken(sandbox, clock.current);
  });

  afterAll(() => sandbox.close());

  it('allows a burst of twice the rate, then answers 429 GW.RATE_LIMIT, stating the limit each time', async () => {
    const responses = [];

    for (let call = 0; call < 6; call += 1) {
      responses.push(
        await getJson(
          sandbox,
          `${CHANGES_PATH}?lastChangedFrom=${kstParam(clock.current - 1)}`,
          token,
        ),
      );
    }

    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 429, 429]);
    expect(
      responses.map((response) => response.headers.get('gncp-gw-ratelimit-remaining')),
    ).toEqual(['3', '2', '1', '0', '0', '0']);
    expect(responses[4].body.code).toBe('GW.RATE_LIMIT');
    expect(responses[0].headers.get('gncp-gw-ratelimit-replenish-rate')).toBe('2');
    expect(responses[0].headers.get('gncp-gw-ratelimit-burst-capacity')).toBe('4');
  });

  it('keeps one bucket per API, at its own rate when configured', async () => {
    const response = await getJson(sandbox, '/v1/pay-order/mall/orders/1/product-order-ids', token);

    expect(response.headers.get('gncp-gw-ratelimit-replenish-rate')).toBe('50');
    expect(response.headers.get('gncp-gw-ratelimit-remaining')).toBe('99');
  });

  it('refills at the rate', async () => {
    await new Promise((resolve) => setTimeout(resolve, 600));

    const response = await getJson(
      sandbox,
      `${CHANGES_PATH}?lastChangedFrom=${kstParam(clock.current - 1)}`,
      token,
    );

    expect(response.status).toBe(200);
  });
});
