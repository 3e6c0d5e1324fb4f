import request from 'supertest';

import { GatewayHarness, startGateway } from './support/gateway-harness';

interface Operation {
  summary?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: Record<string, unknown> }[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

describe('the OpenAPI document', () => {
  let gateway: GatewayHarness;
  let document: {
    paths: Record<string, Record<string, Operation>>;
    components: {
      schemas: Record<string, { properties?: Record<string, unknown>; enum?: string[] }>;
    };
  };

  beforeAll(async () => {
    gateway = await startGateway();
    document = (await request(gateway.url).get('/docs-json').expect(200)).body;
  });

  afterAll(() => gateway.close());

  const orderEndpoints: [string, string][] = [
    ['get', '/v1/product-orders/last-changed-statuses'],
    ['post', '/v1/product-orders/query'],
    ['get', '/v1/orders/{orderId}/product-order-ids'],
    ['get', '/v1/product-orders'],
  ];

  it.each(orderEndpoints)('documents %s %s with a bilingual summary and errors', (method, path) => {
    const operation = document.paths[path]?.[method];

    expect(operation).toBeDefined();
    expect(operation.summary).toMatch(/[가-힣].*\([A-Za-z].*\)/);
    expect(Object.keys(operation.responses)).toEqual(
      expect.arrayContaining(['200', '400', '429', '502', '503', '504']),
    );
    expect(operation.responses['400'].content?.['application/problem+json']).toBeDefined();
  });

  it('documents the health endpoints', () => {
    expect(document.paths['/health/live']?.get).toBeDefined();
    expect(document.paths['/health/ready']?.get).toBeDefined();
  });

  it('describes query parameters with their enums and limits', () => {
    const parameters = document.paths['/v1/product-orders'].get.parameters ?? [];
    const byName = Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter]));

    expect(byName.from.required).toBe(true);
    expect(byName.pageSize.schema).toMatchObject({ minimum: 1, maximum: 300 });
    expect(JSON.stringify(byName.productOrderStatuses.schema)).toContain('ProductOrderStatus');
    expect(document.components.schemas.ProductOrderStatus.enum).toContain('PURCHASE_DECIDED');
  });

  it('has schemas for request bodies, results and the problem body', () => {
    const { schemas } = document.components;

    expect(schemas.ProductOrderQueryRequest.properties).toHaveProperty('productOrderIds');
    expect(schemas.ProblemDetails.properties).toEqual(
      expect.objectContaining({ code: expect.anything(), invalidParams: expect.anything() }),
    );
    expect(schemas.LastChangedStatusesPage.properties).toHaveProperty('more');
    expect(schemas.ProductOrderSearchPage.properties).toHaveProperty('pagination');
  });

  it('serves Swagger UI at /docs', async () => {
    const response = await request(gateway.url).get('/docs').redirects(1);

    expect(response.status).toBe(200);
    expect(response.text).toContain('swagger-ui');
  });
});
