import './support/log-level-info';

import { Writable } from 'node:stream';
import request from 'supertest';

import { GatewayHarness, startGateway } from './support/gateway-harness';

/**
 * The gateway's log lines as an operator reads them: one JSON object a line, each request's
 * line carrying its request id, and nothing in any line that is a credential, a token or a
 * buyer's personal data, even when the upstream's answer is full of them.
 */

interface LogLine {
  level: number;
  msg: string;
  req?: { id: string; method: string; url: string };
  res?: { statusCode: number };
  [field: string]: unknown;
}

class LogCapture extends Writable {
  text = '';

  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }

  /** Every line written so far; each must be one JSON object. */
  lines(): LogLine[] {
    return this.text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as LogLine);
  }
}

const WARN = 40;
const INFO = 30;

describe('logs', () => {
  let gateway: GatewayHarness;
  let capture: LogCapture;

  beforeAll(async () => {
    capture = new LogCapture();
    gateway = await startGateway({ logDestination: capture });
  });

  afterAll(() => gateway.close());

  it('writes one JSON line per request, with the request id, method, path and status', async () => {
    const [productOrderId] = gateway.sandbox.store.list().map((record) => record.productOrderId);

    await request(gateway.url)
      .post('/v1/product-orders/query')
      .set('x-request-id', 'log-test-query-1')
      .send({ productOrderIds: [productOrderId] })
      .expect(200);

    const lines = capture.lines().filter((line) => line.req?.id === 'log-test-query-1');

    expect(lines).toEqual([
      expect.objectContaining({
        level: INFO,
        msg: 'request completed',
        req: { id: 'log-test-query-1', method: 'POST', url: '/v1/product-orders/query' },
        res: { statusCode: 200 },
      }),
    ]);
  });

  it("never writes the token, the credentials or a buyer's personal data", async () => {
    const productOrderIds = gateway.sandbox.store
      .list()
      .slice(0, 20)
      .map((record) => record.productOrderId);
    const answer = await request(gateway.url)
      .post('/v1/product-orders/query')
      .send({ productOrderIds })
      .expect(200);
    const details = answer.body as {
      order: { ordererName?: string; ordererTel?: string };
      productOrder: { shippingAddress?: { name?: string; tel1?: string; baseAddress?: string } };
    }[];
    const personalData = details.flatMap(({ order, productOrder }) => [
      order.ordererName,
      order.ordererTel,
      productOrder.shippingAddress?.name,
      productOrder.shippingAddress?.tel1,
      productOrder.shippingAddress?.baseAddress,
    ]);
    const [apiCall] = gateway.sandbox.journal.byOperation('queryProductOrders');
    const token = String(apiCall.headers.authorization).replace(/^Bearer /, '');
    const { clientId, clientSecret } = gateway.sandbox.credentials;
    const secrets = [token, clientSecret, clientId].filter((value) => value.length >= 8);

    // The test is only as strong as what it looks for.
    expect(personalData.filter((value) => value !== undefined).length).toBeGreaterThan(40);
    expect(secrets.length).toBeGreaterThanOrEqual(2);

    for (const value of [...personalData, ...secrets]) {
      if (value !== undefined && value.length >= 3) {
        expect(capture.text).not.toContain(value);
      }
    }
  });

  it('logs an upstream failure at warn, with its codes and the request id, and no stack', async () => {
    gateway.sandbox.faults.inject('getProductOrderIds', {
      status: 500,
      code: 'GW.INTERNAL_SERVER_ERROR',
      times: Infinity,
    });

    await request(gateway.url)
      .get('/v1/orders/2024050112345678/product-order-ids')
      .set('x-request-id', 'log-test-failure-1')
      .expect(502);
    gateway.sandbox.faults.clear();

    const lines = capture.lines().filter((line) => line.req?.id === 'log-test-failure-1');

    // The failure as the error filter saw it, then the request's own line.
    expect(lines).toEqual([
      expect.objectContaining({
        level: WARN,
        code: 'UPSTREAM_ERROR',
        upstreamCode: 'GW.INTERNAL_SERVER_ERROR',
        status: 502,
      }),
      expect.objectContaining({ level: WARN, res: { statusCode: 502 } }),
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/stack|\s{4}at /);
  });
});
