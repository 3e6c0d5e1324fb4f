import { NpayUpstreamError, UpstreamFailure } from '../npay-upstream.error';

const hasCode = (failure: UpstreamFailure, prefix: string) =>
  failure.upstreamCode?.startsWith(prefix) === true;

/**
 * The request provably never reached the upstream API: no connection was made, or the
 * upstream's own gateway turned it away before forwarding it (rate limit, or a proxy failure
 * before the connection). Even a write may be sent again then.
 */
export function neverReachedUpstream(failure: UpstreamFailure): boolean {
  if (failure.kind === 'unreachable') {
    return true;
  }

  return (
    failure.kind === 'rejected' &&
    (hasCode(failure, 'GW.RATE_LIMIT') ||
      (failure.httpStatus === 429 && failure.upstreamCode === undefined) ||
      ['GW.PROXY.01', 'GW.PROXY.02', 'GW.PROXY.04'].includes(failure.upstreamCode ?? ''))
  );
}

/**
 * A failure that may pass if the same request is sent again: a broken connection, a timeout,
 * a garbled answer or a server error. Maintenance (503) and quota exhaustion last longer than
 * any caller waits, so they are answered at once instead.
 */
export function isPassingFailure(error: unknown): boolean {
  if (!(error instanceof NpayUpstreamError)) {
    return false;
  }

  const { failure } = error;

  if (hasCode(failure, 'GW.QUOTA_LIMIT') || hasCode(failure, 'GW.BLOCK')) {
    return false;
  }

  if (neverReachedUpstream(failure)) {
    return true;
  }

  return (
    failure.kind !== 'rejected' ||
    (failure.httpStatus !== undefined && failure.httpStatus >= 500 && failure.httpStatus !== 503)
  );
}

/** Whether an attempt's failure may be retried: always when it never arrived, else reads only. */
export function isSafeToRetry(error: unknown): boolean {
  if (!(error instanceof NpayUpstreamError) || !isPassingFailure(error)) {
    return false;
  }

  return error.failure.idempotent || neverReachedUpstream(error.failure);
}
