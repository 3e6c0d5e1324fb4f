import request from 'supertest';

import { NpayTokenService } from '../src/npay/npay-token.service';
import { GatewayHarness, startGateway } from './support/gateway-harness';

const CHANGED_STATUSES = '/v1/product-orders/last-changed-statuses?lastChangedFrom=';
const recentWindow = () => CHANGED_STATUSES + encodeURIComponent(new Date().toISOString());

describe('the upstream token', () => {
  let gateway: GatewayHarness;

  const tokenCalls = () => gateway.sandbox.journal.byOperation('token');
  const statusCalls = () => gateway.sandbox.journal.byOperation('getLastChangedStatuses');

  beforeEach(async () => {
    gateway = await startGateway();
  });

  afterEach(() => gateway.close());

  it('is fetched by exactly one call for 100 concurrent requests on an empty cache', async () => {
    const responses = await Promise.all(
      Array.from({ length: 100 }, () => request(gateway.url).get(recentWindow())),
    );

    expect(responses.map((response) => response.status)).toEqual(Array(100).fill(200));
    expect(tokenCalls()).toHaveLength(1);
    expect(statusCalls()).toHaveLength(100);
  });

  it('is requested as a signed form body with nothing in the URL', async () => {
    await request(gateway.url).get(recentWindow()).expect(200);

    const [call] = tokenCalls();
    const form = new URLSearchParams(call.rawBody);
    const { clientId } = gateway.sandbox.credentials;

    expect(call.method).toBe('POST');
    expect(call.rawUrl).toBe('/npay/partner/v1/oauth2/token');
    expect(call.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect([...form.keys()].sort()).toEqual([
      'client_id',
      'client_secret_sign',
      'grant_type',
      'timestamp',
      'type',
    ]);
    expect(form.get('client_id')).toBe(clientId);
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('type')).toBe('SELF');
    expect(form.get('client_secret_sign')).toMatch(/^[A-Za-z0-9]{80}$/);
  });

  it('is sent as a bearer token on every upstream call and reused', async () => {
    await request(gateway.url).get(recentWindow()).expect(200);
    await request(gateway.url).get(recentWindow()).expect(200);

    const [first, second] = statusCalls();

    expect(first.headers.authorization).toMatch(/^Bearer \S+$/);
    expect(second.headers.authorization).toBe(first.headers.authorization);
    expect(tokenCalls()).toHaveLength(1);
  });

  it('recovers after a failed token call: the waiters fail, the next request succeeds', async () => {
    // Failing every attempt (the token call is retried), slowly enough that every request
    // arrives while the one shared token fetch is still pending.
    gateway.sandbox.faults.inject('token', {
      status: 500,
      code: 'GW.INTERNAL_SERVER_ERROR',
      delayMs: 300,
      times: 3,
    });

    const failed = await Promise.all(
      Array.from({ length: 5 }, () => request(gateway.url).get(recentWindow())),
    );

    expect(failed.map((response) => response.status)).toEqual(Array(5).fill(502));
    // A failure of the token endpoint itself, not a refusal of the credentials.
    expect(failed[0].body.code).toBe('UPSTREAM_ERROR');
    expect(tokenCalls()).toHaveLength(3);
    expect(statusCalls()).toHaveLength(0);

    await request(gateway.url).get(recentWindow()).expect(200);
    expect(tokenCalls()).toHaveLength(4);
  });

  it('is replaced and the request replayed once when the upstream says GW.AUTHN', async () => {
    await request(gateway.url).get(recentWindow()).expect(200);
    gateway.sandbox.revokeTokens();
    gateway.sandbox.journal.clear();

    const response = await request(gateway.url).get(recentWindow());

    expect(response.status).toBe(200);
    expect(statusCalls().map((call) => call.status)).toEqual([401, 200]);
    expect(tokenCalls()).toHaveLength(1);
    expect(statusCalls()[1].headers.authorization).not.toBe(statusCalls()[0].headers.authorization);
  });

  it('is not replayed twice: a second GW.AUTHN reaches the caller as a 502, not a 401', async () => {
    gateway.sandbox.faults.inject('getLastChangedStatuses', {
      status: 401,
      code: 'GW.AUTHN',
      times: 3,
    });

    const response = await request(gateway.url).get(recentWindow());

    expect(response.status).toBe(502);
    expect(response.body).toMatchObject({ code: 'UPSTREAM_AUTH_FAILED', upstreamCode: 'GW.AUTHN' });
    expect(statusCalls()).toHaveLength(2);
  });

  it('is renewed in the background once fewer than 30 minutes remain', async () => {
    await request(gateway.url).get(recentWindow()).expect(200);
    const firstToken = statusCalls()[0].headers.authorization;

    gateway.clock.advance(2 * 60 * 60 * 1000);
    await request(gateway.url).get(recentWindow()).expect(200);
    expect(tokenCalls()).toHaveLength(1);

    gateway.clock.advance(40 * 60 * 1000);
    await request(gateway.url).get(recentWindow()).expect(200);
    await waitFor(() => tokenCalls().length === 2);
    await request(gateway.url).get(recentWindow()).expect(200);

    const calls = statusCalls();

    // The request that started the renewal still went out with the old, still valid token.
    expect(calls[2].headers.authorization).toBe(firstToken);
    expect(calls[3].headers.authorization).not.toBe(firstToken);
    expect(gateway.app.get(NpayTokenService).hasUsableToken()).toBe(true);
  });

  it('is fetched anew, not sent, once its lifetime is over', async () => {
    await request(gateway.url).get(recentWindow()).expect(200);

    gateway.clock.advance(3 * 60 * 60 * 1000);
    await request(gateway.url).get(recentWindow()).expect(200);

    expect(tokenCalls()).toHaveLength(2);
    expect(statusCalls().map((call) => call.status)).toEqual([200, 200]);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 100 && !condition(); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }

  expect(condition()).toBe(true);
}
