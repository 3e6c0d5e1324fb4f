import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  BrokenCircuitError,
  ExponentialBackoff,
  fullJitterGenerator,
  handleWhen,
  retry,
} from 'cockatiel';

import { Clock, CLOCK } from '../common/time/clock';
import { GatewayMetrics } from '../metrics/gateway-metrics';
import { NPAY_CONNECTION, NpayConnection } from './npay-connection';
import { problemForFailedCall } from './npay-error-mapping';
import {
  parseJson,
  rejectionFailure,
  TOKEN_CALL,
  TRACE_ID_HEADER,
  transportFailure,
} from './npay-http';
import { NpayOperation, OperationInput, QueryValue } from './npay-operation';
import { NpayTokenService } from './npay-token.service';
import { NpayUpstreamError } from './npay-upstream.error';
import { UpstreamCircuitBreakers } from './resilience/circuit-breakers';
import { Deadline } from './resilience/deadline';
import { RetryBudget } from './resilience/retry-budget';
import { isSafeToRetry } from './resilience/retry-rules';
import { UpstreamPacer } from './resilience/upstream-pacer';
import { UpstreamHttp, UpstreamResponse } from './upstream-http';
import { UpstreamResult } from './upstream-result';

/** A successful upstream result, with the upstream's trace id for the caller's records. */
/** Builds `?a=1&b=X&b=Y`, encoding each key and value once (so `+09:00` goes as `%2B09%3A00`). */
export function buildQueryString(query: object | undefined): string {
  const pairs: string[] = [];

  for (const [key, value] of Object.entries(query ?? {}) as [string, QueryValue][]) {
    const values = Array.isArray(value) ? value : [value];

    for (const single of values) {
      if (single !== undefined) {
        pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(single))}`);
      }
    }
  }

  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

export function expandPath(template: string, params: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];

    if (value === undefined) {
      throw new Error(`Path parameter ${name} is missing for ${template}`);
    }

    return encodeURIComponent(value);
  });
}

const upstreamCodeOf = (response: UpstreamResponse): unknown =>
  (parseJson(response.data) as { code?: unknown } | undefined)?.code;

/** Too little time left to be worth another attempt. */
const MIN_ATTEMPT_MS = 50;

interface PreparedCall {
  operation: NpayOperation<OperationInput, unknown>;
  url: string;
  body?: string;
  deadline: Deadline;
}

/**
 * The one way to call the upstream. Each operation is data (see NpayOperation); this signs the
 * call with the shared token and keeps it within the caller's deadline, paced under the
 * upstream's rate limit, behind a circuit breaker per API, retried only when that is safe, and
 * turns every failure into the caller-facing problem of the error table.
 */
@Injectable()
export class NpayClient {
  private readonly logger = new Logger(NpayClient.name);
  private readonly retryBudget: RetryBudget;
  private readonly pacer: UpstreamPacer;
  readonly breakers: UpstreamCircuitBreakers;

  constructor(
    @Inject(NPAY_CONNECTION) private readonly connection: NpayConnection,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tokens: NpayTokenService,
    private readonly http: UpstreamHttp,
    private readonly metrics: GatewayMetrics,
  ) {
    this.retryBudget = new RetryBudget(clock);
    this.pacer = new UpstreamPacer(clock, connection.defaultRateLimitPerSecond);
    this.breakers = new UpstreamCircuitBreakers({
      halfOpenAfterMs: connection.breakerHalfOpenAfterMs,
      failureRatio: 0.5,
      windowSize: 20,
      minimumCalls: 10,
    });
    metrics.trackCircuits(() => this.breakers.states());
  }

  /** Calls one operation; a failure arrives as the caller-facing problem of the error table. */
  async call<TInput extends OperationInput, TResult>(
    operation: NpayOperation<TInput, TResult>,
    input: TInput,
  ): Promise<UpstreamResult<TResult>> {
    const call: PreparedCall = {
      operation,
      url: expandPath(operation.path, input.pathParams) + buildQueryString(input.query),
      body: input.body === undefined ? undefined : JSON.stringify(input.body),
      deadline: new Deadline(this.clock, this.connection.requestDeadlineMs),
    };

    this.retryBudget.recordRequest();

    try {
      const result = await this.withRetries(call);

      return result as UpstreamResult<TResult>;
    } catch (error) {
      throw problemForFailedCall(error, operation, {
        circuitRetryAfterSeconds: () => this.breakers.retryAfterSeconds(operation.name),
      });
    } finally {
      call.deadline.release();
    }
  }

  private withRetries(call: PreparedCall): Promise<UpstreamResult<unknown>> {
    const policy = retry(
      handleWhen((error) => this.mayRetry(error, call)),
      {
        maxAttempts: this.connection.maxAttempts - 1,
        backoff: new ExponentialBackoff({
          generator: fullJitterGenerator,
          initialDelay: 50,
          maxDelay: 1_000,
        }),
      },
    );
    const breaker = this.breakers.for(call.operation.name);

    return policy.execute(() => breaker.execute(() => this.attempt(call)), call.deadline.signal);
  }

  private mayRetry(error: unknown, call: PreparedCall): boolean {
    // A failed token fetch has had its own retries; repeating them here would multiply them.
    // The budget is consulted last: it is spent by asking.
    return (
      !(error instanceof BrokenCircuitError) &&
      !(error instanceof NpayUpstreamError && error.failure.operation === TOKEN_CALL.name) &&
      isSafeToRetry(error) &&
      call.deadline.remainingMs() > MIN_ATTEMPT_MS &&
      this.retryBudget.tryRetry()
    );
  }

  private async attempt(call: PreparedCall): Promise<UpstreamResult<unknown>> {
    const { operation, deadline } = call;

    // A turn that comes with no time left for the exchange is refused now, as a rate limit.
    await this.pacer.acquire(
      operation.name,
      deadline.remainingMs() - MIN_ATTEMPT_MS,
      deadline.signal,
    );

    let token = await this.tokens.getAccessToken(deadline);
    let response = await this.send(call, token);

    // GW.AUTHN is the upstream's gateway refusing the token before the API runs, so the request
    // was not applied and one replay with a fresh token is safe, writes included.
    if (response.status === 401 && upstreamCodeOf(response) === 'GW.AUTHN') {
      this.tokens.invalidate(token);
      token = await this.tokens.getAccessToken(deadline);
      response = await this.send(call, token);

      if (response.status === 401) {
        this.tokens.reportRejectedCredentials();
      }
    }

    if (response.status === 403 && upstreamCodeOf(response) === 'GW.IP_NOT_ALLOWED') {
      this.tokens.reportRejectedCredentials();
    }

    this.pacer.learn(operation.name, response.headers);

    if (response.status === 429) {
      this.pacer.backOff(operation.name);
    }

    return this.interpret(operation, response);
  }

  private async send(call: PreparedCall, token: string): Promise<UpstreamResponse> {
    const { operation, deadline } = call;
    const startedAt = performance.now();
    const response = await this.http
      .request({
        method: operation.method,
        baseUrl: this.connection.baseUrl,
        path: call.url,
        body: call.body,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(call.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        },
        timeoutMs: Math.max(1, Math.min(this.connection.timeoutMs, deadline.remainingMs())),
        signal: deadline.signal,
      })
      .catch((error: unknown) => {
        this.metrics.recordUpstreamRequest(
          operation.name,
          'transport',
          performance.now() - startedAt,
        );

        throw transportFailure(operation, error);
      });
    const durationMs = performance.now() - startedAt;

    this.metrics.recordUpstreamRequest(operation.name, response.status, durationMs);
    this.logger.debug(
      {
        operation: operation.name,
        method: operation.method,
        status: response.status,
        durationMs: Math.round(durationMs),
      },
      'Upstream call',
    );

    return response;
  }

  private interpret(
    operation: NpayOperation<OperationInput, unknown>,
    response: UpstreamResponse,
  ): UpstreamResult<unknown> {
    if (response.status < 200 || response.status >= 300) {
      throw rejectionFailure(operation, response);
    }

    const parsed = parseJson(response.data) as { data?: unknown; traceId?: unknown } | undefined;
    const result = operation.envelope === 'data' ? parsed?.data : parsed;

    if (result === undefined || result === null) {
      throw new NpayUpstreamError({
        kind: 'malformed',
        operation: operation.name,
        idempotent: operation.idempotent,
        httpStatus: response.status,
      });
    }

    const header = response.headers[TRACE_ID_HEADER] as unknown;
    const traceId = typeof header === 'string' ? header : parsed?.traceId;

    return new UpstreamResult(result, typeof traceId === 'string' ? traceId : undefined);
  }
}
