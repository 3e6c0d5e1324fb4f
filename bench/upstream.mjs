// The upstream every arm of the benchmark talks to, run as a child of bench/run.mjs (IPC).
//
// `sandbox` mode: the embedded sandbox itself (faults off), on a fixed loopback port.
// `fixed` mode: a plain node:http server answering the exact bytes the sandbox answered to the
// benchmark's requests, for when the sandbox's own work would cap the faster arms.
//
// Both count the TCP connections they accept (diagnostics channel `net.server.socket`) and the
// token calls they answer, and report them on request.
import { subscribe } from 'node:diagnostics_channel';
import { createServer } from 'node:http';

import { startEmbeddedSandbox } from '../dist/sandbox/embedded-sandbox.js';
import { computeClientSecretSign } from '../dist/sandbox/sandbox-token.js';
import { toKstDateTime } from '../dist/common/time/kst.js';

const PRODUCT_ORDERS_PATH = '/v1/pay-order/mall/product-orders';
const TOKEN_PATH = '/v1/oauth2/token';
/** Details of one product order make a response of about 3 KB (two would pass 5 KB). */
const QUERY_ID_COUNT = 1;
/** Dispatching product orders already decided is refused per item, every time, by every arm. */
const DISPATCH_ID_COUNT = 2;
const UNDISPATCHABLE_STATUS = 'PURCHASE_DECIDED';

const mode = process.argv[2] === 'fixed' ? 'fixed' : 'sandbox';
let acceptedConnections = 0;

subscribe('net.server.socket', () => {
  acceptedConnections += 1;
});

const sandbox = await startEmbeddedSandbox({ port: 0 });
const { clientId, clientSecret } = sandbox.credentials;
const records = [...sandbox.store.records()];
const queryIds = records.slice(0, QUERY_ID_COUNT).map((record) => record.productOrderId);
const dispatchIds = records
  .filter((record) => record.productOrderStatus === UNDISPATCHABLE_STATUS)
  .slice(0, DISPATCH_ID_COUNT)
  .map((record) => record.productOrderId);
const dispatchDate = toKstDateTime(Date.now() - 3_600_000);

/** The upstream's bodies; the gateway is sent the same values in its own request shape. */
const upstreamBodies = {
  query: JSON.stringify({ productOrderIds: queryIds }),
  dispatch: JSON.stringify({
    dispatchProductOrders: dispatchIds.map((productOrderId) => ({
      productOrderId,
      deliveryMethod: 'DELIVERY',
      deliveryCompanyCode: 'CJGLS',
      trackingNumber: '640012345678',
      dispatchDate,
    })),
  }),
};

const token = await issueToken(sandbox.baseUrl);
const sandboxAnswers = {
  query: await capture(`${PRODUCT_ORDERS_PATH}/query`, upstreamBodies.query),
  dispatch: await capture(`${PRODUCT_ORDERS_PATH}/dispatch`, upstreamBodies.dispatch),
};

checkAnswers();

let baseUrl = sandbox.baseUrl;
let countTokenCalls = () => sandbox.journal.byOperation('token').length;
let resetTokenCalls = () => sandbox.journal.clear();

if (mode === 'fixed') {
  const fixed = await startFixedUpstream();

  baseUrl = fixed.baseUrl;
  countTokenCalls = () => fixed.tokenCalls;
  resetTokenCalls = () => (fixed.tokenCalls = 0);
}

resetTokenCalls();
acceptedConnections = 0;

process.on('message', (message) => {
  if (message.type === 'stats') {
    process.send({
      type: 'stats',
      connections: acceptedConnections,
      tokenCalls: countTokenCalls(),
    });
  } else if (message.type === 'reset') {
    acceptedConnections = 0;
    resetTokenCalls();
    process.send({ type: 'reset' });
  }
});

process.send({
  type: 'ready',
  mode,
  baseUrl,
  clientId,
  clientSecret,
  token,
  queryIds,
  dispatchIds,
  dispatchDate,
  upstreamBodies,
  responseBytes: {
    query: Buffer.byteLength(sandboxAnswers.query.body),
    dispatch: Buffer.byteLength(sandboxAnswers.dispatch.body),
  },
});

async function issueToken(base) {
  const timestamp = String(Date.now());
  const response = await fetch(base + TOKEN_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: clientId,
      timestamp,
      client_secret_sign: computeClientSecretSign(clientId, timestamp, clientSecret),
      grant_type: 'client_credentials',
      type: 'SELF',
    }),
  });

  if (response.status !== 200) {
    throw new Error(`The sandbox refused the token request: ${response.status}`);
  }

  return (await response.json()).access_token;
}

async function capture(path, body) {
  const response = await fetch(sandbox.baseUrl + path, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
  });

  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** The benchmark is only fair if every arm gets these same answers; stop when they differ. */
function checkAnswers() {
  const query = JSON.parse(sandboxAnswers.query.body);
  const dispatch = JSON.parse(sandboxAnswers.dispatch.body);

  if (sandboxAnswers.query.status !== 200 || query.data.length !== QUERY_ID_COUNT) {
    throw new Error(`Unexpected query answer: ${sandboxAnswers.query.body.slice(0, 200)}`);
  }

  if (
    sandboxAnswers.dispatch.status !== 200 ||
    dispatch.data.successProductOrderIds.length !== 0 ||
    dispatch.data.failProductOrderInfos.length !== DISPATCH_ID_COUNT
  ) {
    throw new Error(`Unexpected dispatch answer: ${sandboxAnswers.dispatch.body.slice(0, 200)}`);
  }
}

/** Serves the captured answers; the bearer token must still be the one the sandbox issued. */
async function startFixedUpstream() {
  const tokenAnswer = JSON.stringify({
    access_token: token,
    expires_in: 10_800,
    token_type: 'Bearer',
  });
  const prefix = new URL(sandbox.baseUrl).pathname;
  const routes = new Map([
    [`${prefix}${PRODUCT_ORDERS_PATH}/query`, sandboxAnswers.query],
    [`${prefix}${PRODUCT_ORDERS_PATH}/dispatch`, sandboxAnswers.dispatch],
  ]);
  const state = { tokenCalls: 0, baseUrl: '' };
  const server = createServer((request, response) => {
    // The body is read in full, as a real server would, before answering.
    request.resume();
    request.on('end', () => {
      if (request.url === prefix + TOKEN_PATH) {
        state.tokenCalls += 1;
        answer(response, 200, tokenAnswer);

        return;
      }

      const route = routes.get(request.url);

      if (route === undefined) {
        answer(response, 404, '{"code":"GW.NOT_FOUND","message":"not found"}');
      } else if (request.headers.authorization !== `Bearer ${token}`) {
        answer(response, 401, '{"code":"GW.AUTHN","message":"invalid token"}');
      } else {
        answer(response, route.status, route.body, route.headers.get('gncp-gw-trace-id'));
      }
    });
  });

  server.keepAliveTimeout = 72_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseUrl = `http://127.0.0.1:${server.address().port}${prefix}`;

  return state;
}

function answer(response, status, body, traceId = 'fixed-upstream') {
  response.writeHead(status, {
    'content-type': 'application/json;charset=UTF-8',
    'content-length': Buffer.byteLength(body),
    'gncp-gw-trace-id': traceId,
  });
  response.end(body);
}
