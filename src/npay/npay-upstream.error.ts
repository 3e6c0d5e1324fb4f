/**
 * How an upstream exchange failed, as far as the gateway can tell:
 * - `rejected`: the upstream answered with an error status and (usually) its error body;
 * - `timeout`: no complete answer within the configured time; a write may have been applied;
 * - `unreachable`: the connection was never made, so the upstream saw nothing;
 * - `connection-lost`: the connection broke after the request was sent; outcome unknown;
 * - `malformed`: a success status with a body that is not the documented JSON.
 */
export type UpstreamFailureKind =
  'rejected' | 'timeout' | 'unreachable' | 'connection-lost' | 'malformed';

export interface UpstreamFailure {
  kind: UpstreamFailureKind;
  /** Which call failed: an operation name, or `token` for the token endpoint. */
  operation: string;
  /** Whether the call was a read (or otherwise harmless to repeat): writes must not be resent. */
  idempotent: boolean;
  httpStatus?: number;
  upstreamCode?: string;
  upstreamMessage?: string;
  traceId?: string;
}

/** A failed upstream exchange. Carries no request data: it may be logged as it is. */
export class NpayUpstreamError extends Error {
  override readonly name = 'NpayUpstreamError';

  constructor(readonly failure: UpstreamFailure) {
    super(
      `${failure.operation}: ${failure.kind}` +
        (failure.httpStatus === undefined ? '' : ` HTTP ${failure.httpStatus}`) +
        (failure.upstreamCode === undefined ? '' : ` ${failure.upstreamCode}`),
    );
  }
}
