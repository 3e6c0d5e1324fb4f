import { AxiosError, AxiosResponse } from 'axios';

import { NpayUpstreamError, UpstreamFailureKind } from './npay-upstream.error';

/** Error codes that prove the request never left this machine. */
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT']);

export const TRACE_ID_HEADER = 'gncp-gw-trace-id';

/** Classifies a transport failure (no HTTP answer) for the error table. */
export function transportFailure(operation: string, error: unknown): NpayUpstreamError {
  const code = error instanceof AxiosError ? error.code : undefined;
  let kind: UpstreamFailureKind = 'connection-lost';

  if (code !== undefined && NEVER_SENT_CODES.has(code)) {
    kind = 'unreachable';
  } else if (code !== undefined && TIMEOUT_CODES.has(code)) {
    kind = 'timeout';
  }

  return new NpayUpstreamError({ kind, operation });
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
  operation: string,
  response: AxiosResponse<string>,
): NpayUpstreamError {
  const body = parseJson(response.data) as
    | { code?: unknown; message?: unknown; traceId?: unknown }
    | undefined;
  const header = response.headers[TRACE_ID_HEADER] as unknown;

  return new NpayUpstreamError({
    kind: 'rejected',
    operation,
    httpStatus: response.status,
    upstreamCode: body?.code === undefined ? undefined : String(body.code),
    upstreamMessage: typeof body?.message === 'string' ? body.message : undefined,
    traceId: typeof header === 'string' ? header : (body?.traceId as string | undefined),
  });
}
