import { NpayUpstreamError, UpstreamFailureKind } from './npay-upstream.error';
import type { UpstreamResponse } from './upstream-http';

/** Error codes that prove the request never left this machine. */
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
// ETIMEDOUT is also UpstreamExchangeTimeout's; the UND_ERR_ ones are undici's own limits.
const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
/** The caller's deadline aborted the exchange (its signal's reason), which counts as a timeout. */
const ABORT_NAMES = new Set(['TimeoutError', 'AbortError']);

export const TRACE_ID_HEADER = 'gncp-gw-trace-id';

/** What a failure needs to know of the call that failed. */
export interface FailedCall {
  name: string;
  idempotent: boolean;
}

/** The token endpoint, as a call: asking for a token twice is harmless. */
export const TOKEN_CALL: FailedCall = { name: 'token', idempotent: true };

/** Classifies a transport failure (no HTTP answer) for the error table. */
export function transportFailure(call: FailedCall, error: unknown): NpayUpstreamError {
  // Read by shape: Node's socket errors, undici's and the deadline's DOMException share no class.
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  let kind: UpstreamFailureKind = 'connection-lost';

  if (typeof code === 'string' && NEVER_SENT_CODES.has(code)) {
    kind = 'unreachable';
  } else if (
    (typeof code === 'string' && TIMEOUT_CODES.has(code)) ||
    (typeof name === 'string' && ABORT_NAMES.has(name))
  ) {
    kind = 'timeout';
  }

  return new NpayUpstreamError({ kind, operation: call.name, idempotent: call.idempotent });
}

/** Parses a JSON body; `undefined` when it isn't JSON. */
export function parseJson(text: unknown): unknown {
  if (typeof text !== 'string' || text === '') {
    return undefined;
  }

  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The failure an upstream error answer describes, from its `{code, message, traceId}` body. */
export function rejectionFailure(call: FailedCall, response: UpstreamResponse): NpayUpstreamError {
  const body = parseJson(response.data) as
    { code?: unknown; message?: unknown; traceId?: unknown } | undefined;
  const header = response.headers[TRACE_ID_HEADER] as unknown;

  return new NpayUpstreamError({
    kind: 'rejected',
    operation: call.name,
    idempotent: call.idempotent,
    httpStatus: response.status,
    upstreamCode: body?.code === undefined ? undefined : String(body.code),
    upstreamMessage: typeof body?.message === 'string' ? body.message : undefined,
    traceId: typeof header === 'string' ? header : (body?.traceId as string | undefined),
  });
}
