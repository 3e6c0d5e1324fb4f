import request from 'supertest';

import { GatewayHarness, startGateway } from './support/gateway-harness';

const FROM = '2024-05-01T09:00:00+09:00';
const ids = (count: number) =>
  Array.from({ length: count }, (_, index) => String(2024050110000000 + index));

interface Case {
  title: string;
  method: 'get' | 'post';
  path: string;
  body?: unknown;
  field: string;
}

const cases: Case[] = [
  {
    title: 'a missing window start',
    method: 'get',
    path: '/v1/product-orders/last-changed-statuses',
    field: 'lastChangedFrom',
  },
  {
    title: 'a date-time without offset',
    method: 'get',
    path: '/v1/product-orders/last-changed-statuses?lastChangedFrom=2024-05-01T09:00:00',
    field: 'lastChangedFrom',
  },
  {
    title: 'an impossible date-time',
    method: 'get',
    path: '/v1/product-orders/last-changed-statuses?lastChangedFrom=2024-13-45T09:00:00Z',
    field: 'lastChangedFrom',
  },
  {
    title: 'a window over 24 hours',
    method: 'get',
    path:
      `/v1/product-orders/last-changed-statuses?lastChangedFrom=${encodeURIComponent(FROM)}` +
      '&lastChangedTo=2024-05-02T00:00:01Z',
    field: 'lastChangedTo',
  },
  {
    title: 'a window that ends before it starts',
    method: 'get',
    path:
      `/v1/product-orders/last-changed-statuses?lastChangedFrom=${encodeURIComponent(FROM)}` +
      '&lastChangedTo=2024-04-30T00:00:00Z',
    field: 'lastChangedTo',
  },
  {
    title: 'limitCount above 300',
    method: 'get',
    path: `/v1/product-orders/last-changed-statuses?lastChangedFrom=2024-05-01T00:00:00Z&limitCount=301`,
    field: 'limitCount',
  },
  {
    title: 'limitCount that is not a number',
    method: 'get',
    path: `/v1/product-orders/last-changed-statuses?lastChangedFrom=2024-05-01T00:00:00Z&limitCount=ten`,
    field: 'limitCount',
  },
  {
    title: 'an unknown lastChangedType',
    method: 'get',
    path:
      '/v1/product-orders/last-changed-statuses?lastChangedFrom=2024-05-01T00:00:00Z' +
      '&lastChangedType=SHIPPED',
    field: 'lastChangedType',
  },
  {
    title: 'an unknown query parameter',
    method: 'get',
    path: '/v1/product-orders/last-changed-statuses?lastChangedFrom=2024-05-01T00:00:00Z&x=1',
    field: 'x',
  },
  {
    title: 'more than 300 ids',
    method: 'post',
    path: '/v1/product-orders/query',
    body: { productOrderIds: ids(301) },
    field: 'productOrderIds',
  },
  {
    title: 'no ids',
    method: 'post',
    path: '/v1/product-orders/query',
    body: { productOrderIds: [] },
    field: 'productOrderIds',
  },
  {
    title: 'a repeated id',
    method: 'post',
    path: '/v1/product-orders/query',
    body: { productOrderIds: ['2024050110000000', '2024050110000000'] },
    field: 'productOrderIds',
  },
  {
    title: 'an id that is not a string',
    method: 'post',
    path: '/v1/product-orders/query',
    body: { productOrderIds: [2024050110000000] },
    field: 'productOrderIds',
  },
  {
    title: 'a non-boolean flag in the body',
    method: 'post',
    path: '/v1/product-orders/query',
    body: { productOrderIds: ids(1), quantityClaimCompatibility: 'yes' },
    field: 'quantityClaimCompatibility',
  },
  {
    title: 'an unknown body field',
    method: 'post',
    path: '/v1/product-orders/query',
    body: { productOrderIds: ids(1), mallId: 'np_12345' },
    field: 'mallId',
  },
  {
    title: 'an order id with punctuation',
    method: 'get',
    path: '/v1/orders/2024..05/product-order-ids',
    field: 'orderId',
  },
  {
    title: 'a search window over 24 hours',
    method: 'get',
    path: '/v1/product-orders?from=2024-05-01T00:00:00Z&to=2024-05-03T00:00:00Z',
    field: 'to',
  },
  {
    title: 'a boolean that is not true or false',
    method: 'get',
    path: '/v1/product-orders?from=2024-05-01T00:00:00Z&fulfillment=maybe',
    field: 'fulfillment',
  },
  {
    title: 'an unknown status in a comma-joined list',
    method: 'get',
    path: '/v1/product-orders?from=2024-05-01T00:00:00Z&productOrderStatuses=PAYED,SHIPPED',
    field: 'productOrderStatuses',
  },
  {
    title: 'page size 0',
    method: 'get',
    path: '/v1/product-orders?from=2024-05-01T00:00:00Z&pageSize=0',
    field: 'pageSize',
  },
  {
    title: 'page 0',
    method: 'get',
    path: '/v1/product-orders?from=2024-05-01T00:00:00Z&page=0',
    field: 'page',
  },
  {
    title: 'an unknown rangeType',
    method: 'get',
    path: '/v1/product-orders?from=2024-05-01T00:00:00Z&rangeType=SOMETIME',
    field: 'rangeType',
  },
];

describe('input validation', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await startGateway();
  });

  afterAll(() => gateway.close());

  beforeEach(() => gateway.sandbox.journal.clear());

  it.each(cases)(
    'refuses $title with a 400 naming $field',
    async ({ method, path, body, field }) => {
      const call = request(gateway.url)[method](path);
      const response = await (body === undefined ? call : call.send(body as object));

      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body).toMatchObject({
        status: 400,
        code: 'VALIDATION_FAILED',
        type: 'urn:npay-order-gateway:problem:validation-failed',
        requestId: response.headers['x-request-id'],
      });
      expect(response.body.invalidParams.map((param: { name: string }) => param.name)).toContain(
        field,
      );
      expect(gateway.sandbox.journal.entries).toHaveLength(0);
    },
  );

  it('lists every invalid field at once', async () => {
    const response = await request(gateway.url).get(
      '/v1/product-orders?from=yesterday&pageSize=500&fulfillment=1',
    );

    expect(response.status).toBe(400);
    expect(response.body.invalidParams.map((param: { name: string }) => param.name).sort()).toEqual(
      ['from', 'fulfillment', 'pageSize'],
    );
  });

  it('refuses a body that is not JSON, without calling the upstream', async () => {
    const response = await request(gateway.url)
      .post('/v1/product-orders/query')
      .set('content-type', 'application/json')
      .send('{"productOrderIds": [');

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('BAD_REQUEST');
    expect(gateway.sandbox.journal.entries).toHaveLength(0);
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await request(gateway.url).get('/v1/nothing-here');

    expect(response.status).toBe(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });

  it('keeps a plain caller request id and replaces an unsafe one', async () => {
    const kept = await request(gateway.url)
      .get('/v1/product-orders/last-changed-statuses')
      .set('x-request-id', 'order-sync-42');
    const replaced = await request(gateway.url)
      .get('/v1/product-orders/last-changed-statuses')
      .set('x-request-id', 'bad id\twith spaces');

    expect(kept.body.requestId).toBe('order-sync-42');
    expect(kept.headers['x-request-id']).toBe('order-sync-42');
    expect(replaced.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
