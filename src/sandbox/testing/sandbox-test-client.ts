import { toKstDateTime } from '../../common/time/kst';
import { EmbeddedSandbox } from '../embedded-sandbox';
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
