import request from 'supertest';

import { GatewayHarness, startGateway } from './support/gateway-harness';

const path = () =>
  '/v1/product-orders/last-changed-statuses?lastChangedFrom=' +
  encodeURIComponent(new Date().toISOString());

describe('upstream failures as the caller sees them', () => {
  let gateway: GatewayHarness;

  beforeEach(async () => {
    gateway = await startGateway();
  });

  afterEach(() => gateway.close());

  // The read is retried (3 attempts in all) where a retry may help; the last column counts the
  // attempts the upstream saw.
  it.each([
    [429, 'GW.RATE_LIMIT', 429, 'UPSTREAM_RATE_LIMITED', '1', 3],
    [429, 'GW.QUOTA_LIMIT', 429, 'UPSTREAM_QUOTA_EXCEEDED', '60', 1],
    [503, 'GW.BLOCK.02', 503, 'UPSTREAM_UNAVAILABLE', '30', 1],
    [504, 'GW.TIMEOUT.02', 504, 'UPSTREAM_TIMEOUT', undefined, 3],
    [500, 'GW.PROXY.03', 502, 'UPSTREAM_ERROR', undefined, 3],
    [403, 'GW.IP_NOT_ALLOWED', 502, 'UPSTREAM_FORBIDDEN', undefined, 1],
    [400, '104139', 400, 'UPSTREAM_REJECTED_REQUEST', undefined, 1],
  ])(
    'upstream %i %s becomes %i %s',
    async (upstreamStatus, upstreamCode, status, code, retryAfter, attempts) => {
      gateway.sandbox.faults.inject('getLastChangedStatuses', {
        status: upstreamStatus,
        code: upstreamCode,
        message: '내부 메시지 (must not reach the caller)',
        times: 3,
      });

      const response = await request(gateway.url).get(path());

      expect(gateway.sandbox.journal.byOperation('getLastChangedStatuses')).toHaveLength(attempts);

      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body).toMatchObject({ status, code, upstreamCode });
      expect(response.body.upstreamTraceId).toEqual(expect.any(String));
      expect(response.headers['retry-after']).toBe(retryAfter);
      expect(JSON.stringify(response.body)).not.toContain('내부 메시지');
    },
  );

  it('reports an unknown order as 404 ORDER_NOT_FOUND', async () => {
    const response = await request(gateway.url).get(
      '/v1/orders/1999010100000000/product-order-ids',
    );

    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'ORDER_NOT_FOUND', upstreamCode: '100003' });
  });

  it('reports an upstream that cannot be reached as 502 UPSTREAM_UNREACHABLE', async () => {
    const isolated = await startGateway();

    await isolated.sandbox.close();

    const response = await request(isolated.url).get(path());

    expect(response.status).toBe(502);
    expect(response.body.code).toBe('UPSTREAM_UNREACHABLE');
    await isolated.close();
  });
});
