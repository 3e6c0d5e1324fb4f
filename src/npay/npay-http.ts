import type { AxiosResponse } from 'axios';

import { NpayUpstreamError, UpstreamFailureKind } from './npay-upstream.error';

/** Error codes that prove the request never left this machine. */
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
// ERR_CANCELED: the caller's deadline aborted the exchange, which counts as a timeout.
const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ERR_CANCELED']);

export const TRACE_ID_HEADER = 'gncp-gw-trace-id';

/** Classifies a transport failure (no HTTP answer) for the error table. */
/** What a failure needs to know of the call that failed. */
export interface FailedCall {
  name: string;
  idempotent: boolean;
}

/** The token endpoint, as a call: asking for a token twice is harmless. */
export const TOKEN_CALL: FailedCall = { name: 'token', idempotent: true };

export function transportFailure(call: FailedCall, error: unknown): NpayUpstreamError {
  // Read by shape, not instanceof: @nestjs/axios loads axios's ES module build and this file its
  // CommonJS build, whose error classes differ.
  const code = (error as { code?: unknown } | undefined)?.code;
  let kind: UpstreamFailureKind = 'connection-lost';

  if (typeof code === 'string' && NEVER_SENT_CODES.has(code)) {
    kind = 'unreachable';
  } else if (typeof code === 'string' && TIMEOUT_CODES.has(code)) {
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
export function rejectionFailure(
  call: FailedCall,
  response: AxiosResponse<string>,
): NpayUpstreamError {
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
