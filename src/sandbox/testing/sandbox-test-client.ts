import { toKstDateTime } from '../../common/time/kst';
import { EmbeddedSandbox, SandboxOptions, startEmbeddedSandbox } from '../embedded-sandbox';
import { SandboxScenarioName } from '../generator/sandbox-scenarios';
import { computeClientSecretSign } from '../sandbox-token';

/** Helpers for specs that talk to a started sandbox over real HTTP. */

export type TokenForm = Record<string, string | undefined>;

/** A correctly signed SELF token form for the sandbox's credentials at `timestamp`. */
export function signedTokenForm(sandbox: EmbeddedSandbox, timestamp: number): TokenForm {
  const { clientId, clientSecret } = sandbox.credentials;

  return {
    client_id: clientId,
    timestamp: String(timestamp),
    client_secret_sign: computeClientSecretSign(clientId, String(timestamp), clientSecret),
    grant_type: 'client_credentials',
    type: 'SELF',
  };
}

/** POSTs a token request; fields set to undefined are left out. */
export function postTokenForm(sandbox: EmbeddedSandbox, form: TokenForm): Promise<Response> {
  const body = new URLSearchParams();

  for (const [name, value] of Object.entries(form)) {
    if (value !== undefined) {
      body.set(name, value);
    }
  }

  return fetch(`${sandbox.baseUrl}/v1/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
}

export async function issueToken(sandbox: EmbeddedSandbox, now: number): Promise<string> {
  const response = await postTokenForm(sandbox, signedTokenForm(sandbox, now));
  const body = await readJson(response);

  if (response.status !== 200) {
    throw new Error(`Token request failed: ${response.status} ${JSON.stringify(body)}`);
  }

  return body.access_token;
}

/** A date-time query value, percent-encoded once as the upstream requires. */
export function kstParam(instant: number): string {
  return encodeURIComponent(toKstDateTime(instant));
}

/** A JSON body for assertions; specs index into it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonBody = any;

export function readJson(response: Response): Promise<JsonBody> {
  return response.json() as Promise<JsonBody>;
}

export interface JsonResponse<Body = JsonBody> {
  status: number;
  headers: Headers;
  body: Body;
}

export async function getJson(
  sandbox: EmbeddedSandbox,
  pathAndQuery: string,
  token?: string,
): Promise<JsonResponse> {
  const response = await fetch(sandbox.baseUrl + pathAndQuery, {
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });

  return { status: response.status, headers: response.headers, body: await readJson(response) };
}

export async function postJson(
  sandbox: EmbeddedSandbox,
  path: string,
  body: unknown,
  token?: string,
): Promise<JsonResponse> {
  const response = await fetch(sandbox.baseUrl + path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });

  return { status: response.status, headers: response.headers, body: await readJson(response) };
}

/** A clock the test moves by hand. */
export class ManualClock {
  constructor(public current: number) {}

  public readonly now = (): number => this.current;

  public advance(milliseconds: number): void {
    this.current += milliseconds;
  }
}

export async function sendJson(
  sandbox: EmbeddedSandbox,
  method: 'POST' | 'PUT',
  path: string,
  body: unknown,
  token?: string,
): Promise<JsonResponse & { text: string }> {
  const response = await fetch(sandbox.baseUrl + path, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    // A string is sent as is, so a test controls every byte.
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();

  return { status: response.status, headers: response.headers, body: JSON.parse(text), text };
}

export const PRODUCT_ORDERS_PATH = '/v1/pay-order/mall/product-orders';

/** Calls for specs that write and read back product orders with one token. */
export class SandboxCaller {
  constructor(
    private readonly sandbox: EmbeddedSandbox,
    private readonly token: string,
  ) {}

  public get(pathAndQuery: string): Promise<JsonResponse> {
    return getJson(this.sandbox, pathAndQuery, this.token);
  }

  public post(path: string, body?: unknown): Promise<JsonResponse & { text: string }> {
    return sendJson(this.sandbox, 'POST', path, body ?? {}, this.token);
  }

  public put(path: string, body: unknown): Promise<JsonResponse & { text: string }> {
    return sendJson(this.sandbox, 'PUT', path, body, this.token);
  }

  /** `POST …/product-orders/{productOrderId}/{action}`. */
  public write(productOrderId: string, action: string, body?: unknown) {
    return this.post(`${PRODUCT_ORDERS_PATH}/${productOrderId}/${action}`, body);
  }

  /** The detail object (#2) of one product order. */
  public async detail(productOrderId: string): Promise<JsonBody> {
    const response = await this.post(`${PRODUCT_ORDERS_PATH}/query`, {
      productOrderIds: [productOrderId],
    });

    return response.body.data[0];
  }

  /** The #1 entry of a product order whose last change happened exactly at `at`. */
  public async changeAt(productOrderId: string, at: number): Promise<JsonBody | undefined> {
    const window = `lastChangedFrom=${kstParam(at)}&lastChangedTo=${kstParam(at)}`;
    const response = await this.get(`${PRODUCT_ORDERS_PATH}/last-changed-statuses?${window}`);

    return response.body.data.lastChangeStatuses.find(
      (entry: JsonBody) => entry.productOrderId === productOrderId,
    );
  }
}

/** The common processing result of a write that did what it was asked. */
export function succeeded(productOrderId: string): JsonBody {
  return { successProductOrderIds: [productOrderId], failProductOrderInfos: [] };
}

/** The common processing result of a write refused with `code`. */
export function refused(productOrderId: string, code: string): JsonBody {
  return {
    successProductOrderIds: [],
    failProductOrderInfos: [{ productOrderId, code, message: expect.any(String) }],
  };
}

/** Polls `check` until it holds or `withinMs` passes; its last result. */
export async function eventually(check: () => boolean, withinMs = 2_000): Promise<boolean> {
  const until = performance.now() + withinMs;

  while (!check() && performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }

  return check();
}

/** One sandbox for a describe block, on a clock its specs move, with a caller holding a token. */
export interface SandboxSuite {
  readonly clock: ManualClock;
  readonly sandbox: EmbeddedSandbox;
  readonly api: SandboxCaller;
  /** A product order that reached `scenario` a minute ago, so a write now is a new change. */
  created(scenario: SandboxScenarioName, quantity?: number): string;
}

/** The specs' clock starts on a Monday morning, so the next business day is the day after. */
export const SUITE_START = Date.parse('2026-03-02T09:00:00.000+09:00');

/** Starts a sandbox before the block's tests and closes it after them. */
export function sandboxForSuite(options: Omit<SandboxOptions, 'now'> = {}): SandboxSuite {
  const clock = new ManualClock(SUITE_START);
  let started: { sandbox: EmbeddedSandbox; api: SandboxCaller } | undefined;
  const current = () => {
    if (started === undefined) {
      throw new Error('The suite sandbox is used before its beforeAll ran');
    }

    return started;
  };

  beforeAll(async () => {
    const sandbox = await startEmbeddedSandbox({ ...options, now: clock.now });

    started = {
      sandbox,
      api: new SandboxCaller(sandbox, await issueToken(sandbox, clock.current)),
    };
  });

  afterAll(() => started?.sandbox.close());

  return {
    clock,
    get sandbox() {
      return current().sandbox;
    },
    get api() {
      return current().api;
    },
    created(scenario, quantity) {
      const { productOrderId } = current().sandbox.simulate.createProductOrder(scenario, {
        quantity,
      });

      clock.advance(60_000);

      return productOrderId;
    },
  };
}
