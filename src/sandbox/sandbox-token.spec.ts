import { EmbeddedSandbox, startEmbeddedSandbox } from './embedded-sandbox';
import { computeClientSecretSign, isClientSecretSignValid } from './sandbox-token';
import {
  ManualClock,
  getJson,
  issueToken,
  postTokenForm,
  readJson,
  signedTokenForm,
} from './testing/sandbox-test-client';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ORDER_IDS_PATH = '/v1/pay-order/mall/orders/2099010100000000/product-order-ids';

describe('client_secret_sign (reference 2.2 test vector)', () => {
  const vector = {
    clientId: 'aaaabbbbcccc',
    clientSecret: '$2a$10$abcdefghijklmnopqrstuv',
    timestamp: '1643961623299',
    sign: 'JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy',
  };

  it('recomputes the documented signature', () => {
    const sign = computeClientSecretSign(vector.clientId, vector.timestamp, vector.clientSecret);

    expect(sign).toBe(vector.sign);
    expect(sign).toMatch(/^[A-Za-z0-9]{80}$/);
  });

  it('accepts the vector and refuses it for another timestamp', () => {
    const { clientId, timestamp, clientSecret, sign } = vector;

    expect(isClientSecretSignValid(clientId, timestamp, clientSecret, sign)).toBe(true);
    expect(isClientSecretSignValid(clientId, '1643961623300', clientSecret, sign)).toBe(false);
  });

  it('issues a token over HTTP for the vector at its own timestamp', async () => {
    const sandbox = await startEmbeddedSandbox({
      clientId: vector.clientId,
      clientSecret: vector.clientSecret,
      now: () => Number(vector.timestamp),
      productOrderCount: 10,
    });

    try {
      const response = await postTokenForm(sandbox, {
        client_id: vector.clientId,
        timestamp: vector.timestamp,
        client_secret_sign: vector.sign,
        grant_type: 'client_credentials',
        type: 'SELF',
      });

      expect(response.status).toBe(200);
    } finally {
      await sandbox.close();
    }
  });
});

describe('POST /v1/oauth2/token', () => {
  const clock = new ManualClock(Date.parse('2026-03-02T09:00:00+09:00'));
  let sandbox: EmbeddedSandbox;

  beforeAll(async () => {
    sandbox = await startEmbeddedSandbox({ now: clock.now, productOrderCount: 20 });
  });

  afterAll(() => sandbox.close());

  beforeEach(() => sandbox.revokeTokens());

  it('generates credentials of the documented shapes', () => {
    expect(sandbox.credentials.clientId).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(sandbox.credentials.clientSecret).toMatch(/^\$2a\$04\$[./A-Za-z0-9]{22}$/);
  });

  it('issues a Bearer token for 10800 s that the order API accepts', async () => {
    const response = await postTokenForm(sandbox, signedTokenForm(sandbox, clock.current));
    const body = await readJson(response);

    expect(response.status).toBe(200);
    expect(body).toEqual({
      access_token: expect.any(String),
      expires_in: 10_800,
      token_type: 'Bearer',
    });
    expect((await getJson(sandbox, ORDER_IDS_PATH, body.access_token)).status).toBe(400);
  });

  it.each([
    ['a bad signature', { client_secret_sign: 'A'.repeat(80) }, 'INVALID_CLIENT_SECRET_SIGN'],
    ['an unknown client', { client_id: 'x'.repeat(22) }, 'INVALID_CLIENT'],
    ['a wrong grant_type', { grant_type: 'password' }, 'INVALID_REQUEST'],
    ['an unknown type', { type: 'ADMIN' }, 'INVALID_REQUEST'],
    ['a missing client_secret_sign', { client_secret_sign: undefined }, 'INVALID_REQUEST'],
    ['a missing timestamp', { timestamp: undefined }, 'INVALID_REQUEST'],
    ['SELLER without account_id', { type: 'SELLER' }, 'INVALID_REQUEST'],
    ['SELF with account_id', { account_id: 'ncp_1234' }, 'INVALID_REQUEST'],
  ])('answers 400 to %s', async (_case, override, code) => {
    const form = { ...signedTokenForm(sandbox, clock.current), ...override };
    const response = await postTokenForm(sandbox, form);
    const body = await readJson(response);

    expect(response.status).toBe(400);
    expect(body).toMatchObject({ code, message: expect.any(String) });
    expect(body.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/);
    expect(body).not.toHaveProperty('traceId');
  });

  it('names the offending fields in invalidInputs', async () => {
    const form = { ...signedTokenForm(sandbox, clock.current), type: 'SELLER', timestamp: 'now' };
    const body = await readJson(await postTokenForm(sandbox, form));

    expect(body.invalidInputs.map((input: { name: string }) => input.name).sort()).toEqual([
      'account_id',
      'timestamp',
    ]);
  });

  it.each([
    ['5 minutes and 1 ms old', -5 * MINUTE - 1],
    ['5 minutes and 1 ms ahead', 5 * MINUTE + 1],
  ])('refuses a timestamp %s', async (_case, offset) => {
    const response = await postTokenForm(sandbox, signedTokenForm(sandbox, clock.current + offset));

    expect(response.status).toBe(400);
    expect((await readJson(response)).code).toBe('INVALID_TIMESTAMP');
  });

  it('accepts a timestamp exactly 5 minutes old', async () => {
    const response = await postTokenForm(
      sandbox,
      signedTokenForm(sandbox, clock.current - 5 * MINUTE),
    );

    expect(response.status).toBe(200);
  });

  it('refuses fields sent in the URL query even with a valid body', async () => {
    const form = signedTokenForm(sandbox, clock.current);
    const query = new URLSearchParams({ client_id: form.client_id as string });
    const response = await fetch(`${sandbox.baseUrl}/v1/oauth2/token?${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form as Record<string, string>),
    });
    const body = await readJson(response);

    expect(response.status).toBe(400);
    expect(body).toMatchObject({ code: 'INVALID_REQUEST', invalidInputs: [{ name: 'client_id' }] });
  });

  it('refuses a JSON body', async () => {
    const response = await fetch(`${sandbox.baseUrl}/v1/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(signedTokenForm(sandbox, clock.current)),
    });

    expect(response.status).toBe(400);
    expect((await readJson(response)).code).toBe('INVALID_REQUEST');
  });

  it('gives SELLER tokens per account, apart from the SELF token', async () => {
    const self = await issueToken(sandbox, clock.current);
    const seller = await postTokenForm(sandbox, {
      ...signedTokenForm(sandbox, clock.current),
      type: 'SELLER',
      account_id: 'ncp_2sRZTWJVbDtHPoz9O',
    });

    expect(seller.status).toBe(200);
    expect((await readJson(seller)).access_token).not.toBe(self);
  });

  it('returns the same token while 30 minutes or more are left, then a new one', async () => {
    const first = await issueToken(sandbox, clock.current);

    clock.advance(2 * HOUR + 30 * MINUTE);
    const reused = await postTokenForm(sandbox, signedTokenForm(sandbox, clock.current));

    expect(await readJson(reused)).toMatchObject({ access_token: first, expires_in: 30 * 60 });

    clock.advance(1);
    const renewed = await readJson(
      await postTokenForm(sandbox, signedTokenForm(sandbox, clock.current)),
    );

    expect(renewed.access_token).not.toBe(first);
    expect(renewed.expires_in).toBe(10_800);

    // The old token keeps working until its own expiry, then gets 401.
    expect((await getJson(sandbox, ORDER_IDS_PATH, first)).status).toBe(400);
    clock.advance(30 * MINUTE);
    expect((await getJson(sandbox, ORDER_IDS_PATH, first)).status).toBe(401);
    expect((await getJson(sandbox, ORDER_IDS_PATH, renewed.access_token)).status).toBe(400);
  });
});

describe('bearer authentication of the order API', () => {
  const clock = new ManualClock(Date.parse('2026-03-02T09:00:00+09:00'));
  let sandbox: EmbeddedSandbox;

  beforeAll(async () => {
    sandbox = await startEmbeddedSandbox({ now: clock.now, productOrderCount: 20 });
  });

  afterAll(() => sandbox.close());

  it.each([
    ['no Authorization header', undefined],
    ['an unknown token', 'not-a-token'],
  ])('answers 401 GW.AUTHN to %s', async (_case, token) => {
    const response = await getJson(sandbox, ORDER_IDS_PATH, token);

    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      code: 'GW.AUTHN',
      message: '요청을 보낼 권한이 없습니다.',
      timestamp: expect.any(String),
      traceId: response.headers.get('gncp-gw-trace-id'),
    });
  });

  it('refuses every token after revokeTokens()', async () => {
    const token = await issueToken(sandbox, clock.current);

    sandbox.revokeTokens();

    expect((await getJson(sandbox, ORDER_IDS_PATH, token)).status).toBe(401);
    expect(await issueToken(sandbox, clock.current)).not.toBe(token);
  });
});
