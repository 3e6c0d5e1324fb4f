import { BrokenCircuitError, TaskCancelledError } from 'cockatiel';

import { ProblemException } from '../common/problem/problem.exception';
import { UpstreamFailedProductOrder } from './models/processing-result.model';
import { CredentialsCoolingDown } from './npay-token.service';
import { NpayUpstreamError, UpstreamFailure } from './npay-upstream.error';
import { DeadlineExceededBeforeSending } from './resilience/deadline';
import { PacingRefused } from './resilience/upstream-pacer';

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

/** Upstream gateway codes that say the request stopped before the API could act on it. */
const NOT_FORWARDED_CODES = ['GW.BLOCK', 'GW.PROXY.01', 'GW.PROXY.02', 'GW.PROXY.04'];

/**
 * A write whose fate the gateway can't know: the connection broke or timed out after sending,
 * the upstream failed while (possibly) applying it, or it answered success with a body that
 * can't be read. Resending could apply it twice, so the caller is told to read the product
 * order back instead.
 */
const writeOutcomeUnknown = (failure: UpstreamFailure): boolean => {
  if (failure.idempotent) {
    return false;
  }

  if (['timeout', 'connection-lost', 'malformed'].includes(failure.kind)) {
    return true;
  }

  return (
    failure.kind === 'rejected' &&
    (failure.httpStatus ?? 0) >= 500 &&
    failure.httpStatus !== 503 &&
    !NOT_FORWARDED_CODES.some((code) => hasCode(code)(failure))
  );
};

const isTimeout = (failure: UpstreamFailure) =>
  failure.kind === 'timeout' || hasCode('GW.TIMEOUT')(failure);

const OUTCOME_UNKNOWN_TITLE =
  'The write may or may not have been applied upstream; read the product order back ' +
  'before deciding to send it again';

/**
 * Every upstream failure maps to one gateway status and code here, first match wins. The
 * upstream's 401 and 403 become 502: they describe the gateway's credentials, not the caller's,
 * so a caller must not read them as its own authentication failing.
 */
const RULES: ErrorRule[] = [
  {
    matches: (failure) => writeOutcomeUnknown(failure) && isTimeout(failure),
    status: 504,
    code: 'WRITE_OUTCOME_UNKNOWN',
    title: OUTCOME_UNKNOWN_TITLE,
  },
  {
    matches: writeOutcomeUnknown,
    status: 502,
    code: 'WRITE_OUTCOME_UNKNOWN',
    title: OUTCOME_UNKNOWN_TITLE,
  },
  {
    matches: isTimeout,
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
  // Before the token rule: an address refused at the token endpoint is still an address refused.
  {
    matches: (failure) =>
      hasCode('GW.IP_NOT_ALLOWED')(failure) || (!isToken(failure) && failure.httpStatus === 403),
    status: 502,
    code: 'UPSTREAM_FORBIDDEN',
    title: "The upstream refused the gateway's address or permissions",
  },
  // A token request refused (bad signature, unknown client: 4xx) is about the credentials; one
  // that failed upstream (5xx) is not, and falls through to UPSTREAM_ERROR.
  {
    matches: (failure) =>
      (isToken(failure) && (failure.httpStatus ?? 0) < 500) ||
      hasCode('GW.AUTHN')(failure) ||
      failure.httpStatus === 401,
    status: 502,
    code: 'UPSTREAM_AUTH_FAILED',
    title: "The upstream refused the gateway's credentials",
  },
  {
    matches: (failure) => failure.upstreamCode === '100001' || failure.upstreamCode === '100003',
    status: 404,
    code: 'ORDER_NOT_FOUND',
    title: 'No such order',
  },
  {
    matches: (failure) => failure.upstreamCode === 'ERR-NC-101004',
    status: 404,
    code: 'INQUIRY_NOT_FOUND',
    title: 'No such inquiry, or it was deleted',
  },
  {
    matches: (failure) => failure.upstreamCode === 'ERR-NC-101010',
    status: 409,
    code: 'INQUIRY_ALREADY_ANSWERED',
    title: 'The inquiry has an answer already; change it instead',
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

const DEADLINE_PROBLEM = {
  status: 504,
  code: 'UPSTREAM_TIMEOUT',
  title: 'The upstream did not answer in time',
  detail: "The request's deadline passed before the upstream could be asked; nothing was sent.",
};

/**
 * The deadline passed during a backoff or a wait for the rate budget: earlier attempts may have
 * been sent (a read, or a write the upstream turned away unapplied), the next one was not.
 */
const DEADLINE_WHILE_WAITING_PROBLEM = {
  ...DEADLINE_PROBLEM,
  detail: "The request's deadline passed while the gateway waited to ask the upstream again.",
};

/**
 * The caller-facing problem for anything an upstream call threw: the upstream's failures by the
 * table above, and the gateway's own refusals to call (open circuit, credentials cooling down,
 * rate budget, deadline) with the time to wait when there is one. Anything else is a bug and
 * goes on as it is, to become a 500.
 */
export function problemForFailedCall(
  error: unknown,
  operation: { name: string },
  context: { circuitRetryAfterSeconds: () => number },
): unknown {
  if (error instanceof NpayUpstreamError) {
    return problemForUpstreamFailure(error);
  }

  if (error instanceof BrokenCircuitError) {
    return new ProblemException({
      status: 503,
      code: 'UPSTREAM_CIRCUIT_OPEN',
      title: 'The upstream API is failing; the gateway is not calling it for a while',
      detail: `Recent calls of ${operation.name} failed too often, so the circuit is open.`,
      retryAfterSeconds: context.circuitRetryAfterSeconds(),
    });
  }

  if (error instanceof CredentialsCoolingDown) {
    return new ProblemException({
      status: 503,
      code: 'UPSTREAM_CREDENTIALS_REJECTED',
      title: "The upstream refuses the gateway's credentials or address",
      detail:
        'Calls to the upstream are paused; operators must check the application id, ' +
        'secret and the registered calling IPs.',
      retryAfterSeconds: error.retryAfterSeconds,
    });
  }

  if (error instanceof PacingRefused) {
    return new ProblemException({
      status: 429,
      code: 'UPSTREAM_RATE_LIMITED',
      title: "The upstream's rate limit was reached",
      detail:
        `The rate budget of ${operation.name} is used up past this request's deadline; ` +
        'nothing was sent.',
      retryAfterSeconds: Math.max(1, Math.ceil(error.waitMs / 1000)),
    });
  }

  if (error instanceof DeadlineExceededBeforeSending) {
    return new ProblemException(DEADLINE_PROBLEM, { cause: error });
  }

  if (
    error instanceof TaskCancelledError ||
    (error instanceof Error && error.name === 'TimeoutError')
  ) {
    return new ProblemException(DEADLINE_WHILE_WAITING_PROBLEM, { cause: error });
  }

  return error;
}

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

interface RefusalRule {
  codes: string[];
  status: number;
  code: string;
  title: string;
}

/**
 * A single-product-order write the upstream refused (HTTP 200 with the id in its failure list)
 * is an error to the caller, by the upstream's item code.
 */
const REFUSAL_RULES: RefusalRule[] = [
  {
    codes: ['100001', '101009'],
    status: 404,
    code: 'PRODUCT_ORDER_NOT_FOUND',
    title: 'No such product order for this merchant',
  },
  {
    codes: ['104442', '104443', '105306', '104417', '101011', '105308'],
    status: 409,
    code: 'PRODUCT_ORDER_STATE_CONFLICT',
    title: 'The product order is not in a state that allows this',
  },
];

const OTHER_REFUSAL: RefusalRule = {
  codes: [],
  status: 422,
  code: 'PRODUCT_ORDER_REJECTED',
  title: 'The upstream refused the request for this product order',
};

export function problemForRefusedProductOrder(
  refusal: UpstreamFailedProductOrder,
  traceId: string | undefined,
): ProblemException {
  const rule =
    REFUSAL_RULES.find((candidate) => candidate.codes.includes(refusal.code)) ?? OTHER_REFUSAL;

  return new ProblemException({
    status: rule.status,
    code: rule.code,
    title: rule.title,
    // The item message is the upstream's business answer (e.g. which state is required), the
    // one piece of upstream text a caller needs; it carries no internals.
    detail:
      `Product order ${refusal.productOrderId}: ${refusal.message} (upstream code ` +
      `${refusal.code}).`,
    upstreamCode: refusal.code,
    upstreamTraceId: traceId,
  });
}
