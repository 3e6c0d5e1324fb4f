import { connect } from 'node:net';

import request from 'supertest';

import { MAX_JSON_DEPTH } from '../src/common/http/json-body';
import { GatewayHarness, startGateway } from './support/gateway-harness';

const QUERY = '/v1/product-orders/query';
const ID = '2024050112345678';

/** Sends bytes as they are and reads the raw answer, for what an HTTP client would refuse. */
function rawExchange(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url);

  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    let answer = '';

    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    // The server closes after its answer while request bytes may still be unread, which can
    // end the connection with a reset: what arrived before it is the answer.
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET') {
        reject(error);
      }
    });
    socket.on('close', () => resolve(answer));
  });
}

const nested = (depth: number): string => '['.repeat(depth) + '1' + ']'.repeat(depth);

describe('requests the gateway refuses before any route runs', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await startGateway();
  });

  afterAll(() => gateway.close());

  beforeEach(() => gateway.sandbox.journal.clear());

  afterEach(() => expect(gateway.sandbox.journal.entries).toHaveLength(0));

  const postJson = (body: string | Buffer) =>
    request(gateway.url).post(QUERY).set('content-type', 'application/json').send(body);

  it('refuses a body nested past the limit as a 400, however deep', async () => {
    for (const depth of [MAX_JSON_DEPTH + 1, 5_000]) {
      const response = await postJson(`{"productOrderIds":["${ID}"],"d":${nested(depth)}}`);

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'BAD_REQUEST' });
      expect(response.body.detail).toContain(`deeper than ${MAX_JSON_DEPTH} levels`);
    }
  });

  it.each([
    ['__proto__', `{"productOrderIds":["${ID}"],"__proto__":{"admin":true}}`, 'a "__proto__" key'],
    [
      'constructor.prototype',
      `{"productOrderIds":["${ID}"],"constructor":{"prototype":{}}}`,
      'a "constructor" key',
    ],
  ])('refuses valid JSON with a %s key, saying so', async (_key, body, named) => {
    const response = await postJson(body);

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'BAD_REQUEST' });
    expect(response.body.detail).toContain(named);
  });

  it('still calls broken JSON broken', async () => {
    const response = await postJson(`{"productOrderIds":["${ID}"`);

    expect(response.status).toBe(400);
    expect(response.body.detail).toContain('not valid JSON');
  });

  it.each([
    ['a NUL', 'a\\u0000b', 'control characters'],
    ['an escape sequence', 'red \\u001b[31m', 'control characters'],
    ['a lone surrogate', 'a\\ud800b', 'well-formed Unicode'],
  ])('refuses text with %s, naming the field', async (_title, text, reason) => {
    const response = await request(gateway.url)
      .post(`/v1/inquiries/123/answer`)
      .set('content-type', 'application/json')
      .send(`{"answerComment":"${text}"}`);

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.invalidParams).toEqual([
      { name: 'answerComment', reason: expect.stringContaining(reason) },
    ]);
  });

  it('keeps tabs, line breaks, Korean and emoji in text', async () => {
    const answerComment = '안녕하세요\n\t배송은 내일 출발합니다 👍🏽';
    const inquiry = gateway.sandbox.inquiries
      .list()
      .find((candidate) => candidate.answer === undefined);
    const response = await request(gateway.url)
      .post(`/v1/inquiries/${inquiry?.inquiryNo}/answer`)
      .send({ answerComment });

    expect(response.status).toBe(200);
    expect(gateway.sandbox.journal.byOperation('answerInquiry')[0].body).toEqual({ answerComment });
    gateway.sandbox.journal.clear();
  });

  it('refuses a body that is not UTF-8', async () => {
    // fetch, because supertest would serialise a Buffer as JSON.
    const response = await fetch(gateway.url + QUERY, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.concat([
        Buffer.from('{"productOrderIds":["'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('"]}'),
      ]),
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 'BAD_REQUEST',
      detail: 'The body is not valid UTF-8',
    });
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/xml'])(
    'refuses a %s body with a 415',
    async (contentType) => {
      const response = await request(gateway.url)
        .post(QUERY)
        .set('content-type', contentType)
        .send(`{"productOrderIds":["${ID}"]}`);

      expect(response.status).toBe(415);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    },
  );

  it('names an over-long path parameter instead of answering a bare 414', async () => {
    const response = await request(gateway.url).get(
      `/v1/orders/${'9'.repeat(300)}/product-order-ids`,
    );

    expect(response.status).toBe(400);
    expect(response.body.invalidParams.map((param: { name: string }) => param.name)).toEqual([
      'orderId',
    ]);
  });

  it('answers a URL with broken percent-encoding as a problem with a request id', async () => {
    const response = await request(gateway.url).get('/v1/orders/%E0%A4%A/product-order-ids');

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      code: 'BAD_REQUEST',
      requestId: response.headers['x-request-id'],
    });
  });

  it.each([
    ['an unknown method', 'FOO /v1/orders/1/product-order-ids HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    [
      'a request line over the header limit',
      `GET /v1/orders/${'a'.repeat(17_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      431,
    ],
  ])('answers %s as a problem and closes the connection', async (_title, bytes, status) => {
    const answer = await rawExchange(gateway.url, bytes);
    const [head, body] = answer.split('\r\n\r\n');

    expect(head).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
    expect(head).toContain('content-type: application/problem+json');
    expect(head).toMatch(/x-request-id: [0-9a-f-]{36}/);
    expect(JSON.parse(body)).toMatchObject({ status });
  });
});
