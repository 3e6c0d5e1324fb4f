import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's id is kept only when it is short and plain, so it can't inject into logs. */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's `x-request-id` when it is acceptable, otherwise a new UUID. */
export function requestIdFor(request: IncomingMessage): string {
  const offered = request.headers[REQUEST_ID_HEADER];

  return typeof offered === 'string' && ACCEPTABLE_REQUEST_ID.test(offered)
    ? offered
    : randomUUID();
}

/** The id pino-http gave the request (it stores it on the raw Node request). */
export function requestIdOf(request: { raw?: IncomingMessage } | IncomingMessage): string {
  const raw = 'raw' in request && request.raw !== undefined ? request.raw : request;
  const id = (raw as IncomingMessage & { id?: unknown }).id;

  return typeof id === 'string' ? id : 'unknown';
}
