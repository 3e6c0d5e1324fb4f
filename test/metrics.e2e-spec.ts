import request from 'supertest';

import { GatewayHarness, startGateway } from './support/gateway-harness';

/** The value of one sample line of the Prometheus text format, 0 when it is absent. */
function sample(text: string, name: string, labels: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}{${labels}}`));

  return line === undefined ? 0 : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /metrics', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await startGateway();
  });

  afterAll(() => gateway.close());

  const scrape = async (): Promise<string> => {
    const response = await request(gateway.url).get('/metrics').expect(200);

    expect(response.headers['content-type']).toContain('text/plain');

    return response.text;
  };

  it('counts caller requests by route template, upstream calls by operation, and tokens', async () => {
    const before = await scrape();
    const changedSince = encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString());

    await request(gateway.url)
      .get(`/v1/product-orders/last-changed-statuses?lastChangedFrom=${changedSince}`)
      .expect(200);
    await request(gateway.url).get('/v1/orders/1999010100000000/product-order-ids').expect(404);
    await request(gateway.url).get('/v1/orders/not-an-id/product-order-ids').expect(400);

    const after = await scrape();
    const delta = (name: string, labels: string) =>
      sample(after, name, labels) - sample(before, name, labels);
    const requests = 'gateway_http_request_duration_seconds_count';
    const upstream = 'gateway_upstream_request_duration_seconds_count';

    expect(
      delta(requests, 'method="GET",route="/v1/product-orders/last-changed-statuses",status="200"'),
    ).toBe(1);
    // The route template, not the id, so label values stay few.
    expect(
      delta(requests, 'method="GET",route="/v1/orders/:orderId/product-order-ids",status="404"'),
    ).toBe(1);
    expect(
      delta(requests, 'method="GET",route="/v1/orders/:orderId/product-order-ids",status="400"'),
    ).toBe(1);
    expect(delta(upstream, 'operation="getLastChangedStatuses",status="200"')).toBe(1);
    expect(delta(upstream, 'operation="getProductOrderIds",status="400"')).toBe(1);
    expect(sample(after, 'gateway_upstream_token_requests_total', 'outcome="issued"')).toBe(1);
    expect(
      sample(after, 'gateway_upstream_circuit_open', 'operation="getLastChangedStatuses"'),
    ).toBe(0);
    expect(after).toMatch(/^process_resident_memory_bytes \d+/m);
  });
});
