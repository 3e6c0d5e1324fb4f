import { ProblemException } from '../common/problem/problem.exception';
import { NpayUpstreamError, UpstreamFailure } from './npay-upstream.error';

interface ErrorRule {
  matches: (failure: UpstreamFailure) => boolean;
  status: number;
  code: string;
  title: string;
  retryAfterSeconds?: number;
}

const hasCode = (prefix: string) => (failure: UpstreamFailure) =>
  failure.upstreamCode?.startsWith(prefix) === true;

const isToken = (failure: UpstreamFailure) => failure.operation === 'token';

/**
 * Every upstream failure maps to one gateway status and code here, first match wins. The
 * upstream's 401 and 403 become 502: they describe the gateway's credentials, not the caller's,
 * so a caller must not read them as its own authentication failing.
 */
const RULES: ErrorRule[] = [
  {
    matches: (failure) => failure.kind === 'timeout' || hasCode('GW.TIMEOUT')(failure),
    status: 504,
    code: 'UPSTREAM_TIMEOUT',
    title: 'The upstream did not answer in time',
  },
  {
    matches: (failure) => failure.kind === 'unreachable',
    status: 502,
    code: 'UPSTREAM_UNREACHABLE',
    title: 'The upstream could not be reached',
  },
  {
    matches: (failure) => failure.kind === 'connection-lost',
    status: 502,
    code: 'UPSTREAM_CONNECTION_LOST',
    title: 'The connection to the upstream broke before its answer arrived',
  },
  {
    matches: (failure) => failure.kind === 'malformed',
    status: 502,
    code: 'UPSTREAM_BAD_RESPONSE',
    title: 'The upstream answered with a body the gateway cannot read',
  },
  {
    matches: hasCode('GW.QUOTA_LIMIT'),
    status: 429,
    code: 'UPSTREAM_QUOTA_EXCEEDED',
    title: "The upstream's request quota for this period is used up",
    retryAfterSeconds: 60,
  },
  {
    matches: (failure) => hasCode('GW.RATE_LIMIT')(failure) || failure.httpStatus === 429,
    status: 429,
    code: 'UPSTREAM_RATE_LIMITED',
    title: "The upstream's rate limit was reached",
    retryAfterSeconds: 1,
  },
  {
    matches: (failure) => hasCode('GW.BLOCK')(failure) || failure.httpStatus === 503,
    status: 503,
    code: 'UPSTREAM_UNAVAILABLE',
    title: 'The upstream is unavailable (maintenance or overload)',
    retryAfterSeconds: 30,
  },
  {
    matches: (failure) =>
      isToken(failure) || hasCode('GW.AUTHN')(failure) || failure.httpStatus === 401,
    status: 502,
    code: 'UPSTREAM_AUTH_FAILED',
    title: "The upstream refused the gateway's credentials",
  },
  {
    matches: (failure) => hasCode('GW.IP_NOT_ALLOWED')(failure) || failure.httpStatus === 403,
    status: 502,
    code: 'UPSTREAM_FORBIDDEN',
    title: "The upstream refused the gateway's address or permissions",
  },
  {
    matches: (failure) => failure.upstreamCode === '100001' || failure.upstreamCode === '100003',
    status: 404,
    code: 'ORDER_NOT_FOUND',
    title: 'No such order',
  },
  {
    matches: (failure) => failure.httpStatus === 400,
    status: 400,
    code: 'UPSTREAM_REJECTED_REQUEST',
    title: 'The upstream refused the request as invalid',
  },
  {
    matches: () => true,
    status: 502,
    code: 'UPSTREAM_ERROR',
    title: 'The upstream failed',
  },
];

/** The caller-facing problem for an upstream failure; upstream text is never passed on. */
export function problemForUpstreamFailure(error: NpayUpstreamError): ProblemException {
  const { failure } = error;
  const rule = RULES.find((candidate) => candidate.matches(failure)) as ErrorRule;
  const upstreamSaid =
    failure.upstreamCode === undefined ? '' : ` (upstream code ${failure.upstreamCode})`;

  return new ProblemException(
    {
      status: rule.status,
      code: rule.code,
      title: rule.title,
      detail: `${rule.title}${upstreamSaid}.`,
      upstreamCode: failure.upstreamCode,
      upstreamTraceId: failure.traceId,
      retryAfterSeconds: rule.retryAfterSeconds,
    },
    { cause: error },
  );
}
