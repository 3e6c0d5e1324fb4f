import request from 'supertest';

import { GatewayHarness, startGateway } from './support/gateway-harness';

interface Operation {
  summary?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: Record<string, unknown> }[];
  requestBody?: unknown;
  responses: Record<
    string,
    { content?: Record<string, { schema: unknown }>; headers?: Record<string, unknown> }
  >;
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

  // Every endpoint the README lists; a new endpoint must be added here and documented.
  const endpoints: [string, string][] = [
    ['get', '/v1/product-orders/last-changed-statuses'],
    ['post', '/v1/product-orders/query'],
    ['get', '/v1/orders/{orderId}/product-order-ids'],
    ['get', '/v1/product-orders'],
    ['post', '/v1/product-orders/confirm'],
    ['post', '/v1/product-orders/{productOrderId}/delay'],
    ['post', '/v1/product-orders/dispatch'],
    ...['request', 'approve'].map((action): [string, string] => [
      'post',
      `/v1/product-orders/{productOrderId}/claim/cancel/${action}`,
    ]),
    ...['request', 'approve', 'reject', 'holdback', 'holdback/release'].map(
      (action): [string, string] => [
        'post',
        `/v1/product-orders/{productOrderId}/claim/return/${action}`,
      ],
    ),
    ...['collect/complete', 'dispatch', 'reject', 'holdback', 'holdback/release'].map(
      (action): [string, string] => [
        'post',
        `/v1/product-orders/{productOrderId}/claim/exchange/${action}`,
      ],
    ),
    ['get', '/v1/reviews'],
    ['get', '/v1/inquiries'],
    ['post', '/v1/inquiries/{inquiryNo}/answer'],
    ['put', '/v1/inquiries/{inquiryNo}/answer/{answerContentId}'],
    ['get', '/v1/settle/case'],
    ['get', '/v1/settle/daily'],
    ['get', '/v1/settle/commission-details'],
    ['get', '/v1/vat/case'],
    ['get', '/v1/vat/daily'],
  ];

  const schemaOf = (operation: Operation, status: string): Record<string, unknown> =>
    operation.responses[status]?.content?.['application/json']?.schema as Record<string, unknown>;

  it('lists exactly the endpoints of the gateway', () => {
    const documented = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/v1/'))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => [method, path]));

    expect(documented).toHaveLength(28);
    expect(documented).toEqual(expect.arrayContaining(endpoints));
    expect(endpoints).toEqual(expect.arrayContaining(documented));
  });

  it.each(endpoints)('documents %s %s with a bilingual summary and errors', (method, path) => {
    const operation = document.paths[path]?.[method];

    expect(operation).toBeDefined();
    expect(operation.summary).toMatch(/[가-힣].*\([A-Za-z].*\)/);
    expect(Object.keys(operation.responses)).toEqual(
      expect.arrayContaining(['200', '400', '429', '502', '503', '504']),
    );
    expect(operation.responses['400'].content?.['application/problem+json']).toBeDefined();
  });

  it.each(endpoints)('documents the shape of what %s %s answers', (method, path) => {
    const schema = schemaOf(document.paths[path][method], '200');

    // A bare `{type: object}` tells a client author nothing: each answer names its schema.
    expect(JSON.stringify(schema)).toMatch(/"\$ref"|"type":"string"/);
  });

  it.each(endpoints.filter(([, path]) => path.includes('{productOrderId}')))(
    'documents the refusals of the single write %s %s',
    (method, path) => {
      const operation = document.paths[path][method];

      expect(schemaOf(operation, '200')).toEqual({
        $ref: '#/components/schemas/ProductOrderWriteResult',
      });
      expect(Object.keys(operation.responses)).toEqual(
        expect.arrayContaining(['404', '409', '422']),
      );
    },
  );

  it.each(endpoints)('documents the headers of what %s %s answers', (method, path) => {
    const operation = document.paths[path][method];
    const headersOf = (status: string) => Object.keys(operation.responses[status].headers ?? {});

    expect(Object.keys(operation.responses)).toContain('500');
    expect(operation.parameters?.map((parameter) => parameter.name)).toContain('x-request-id');

    for (const status of Object.keys(operation.responses)) {
      expect(headersOf(status)).toContain('x-request-id');
    }

    expect(headersOf('200')).toContain('upstream-trace-id');
    expect(headersOf('429')).toContain('retry-after');
    expect(headersOf('503')).toContain('retry-after');
  });

  it('marks query date-times as date-time', () => {
    const parameters = document.paths['/v1/product-orders/last-changed-statuses'].get.parameters;
    const from = parameters?.find((parameter) => parameter.name === 'lastChangedFrom');

    expect(from?.schema).toMatchObject({ type: 'string', format: 'date-time' });
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
