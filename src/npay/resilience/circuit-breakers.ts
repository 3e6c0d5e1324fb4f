import {
  CircuitBreakerPolicy,
  circuitBreaker,
  CircuitState,
  CountBreaker,
  handleWhen,
} from 'cockatiel';

import { NpayUpstreamError } from '../npay-upstream.error';

export interface CircuitBreakerSettings {
  /** How long an open circuit refuses calls before letting one test call through. */
  halfOpenAfterMs: number;
  /** Share of failed calls, among the last `windowSize`, that opens the circuit. */
  failureRatio: number;
  windowSize: number;
  /** Calls seen before the circuit may open at all, so a cold start can't trip it. */
  minimumCalls: number;
}

/**
 * Only signs of an unhealthy upstream count: 5xx answers, timeouts and broken connections. A
 * business refusal (4xx) or a 429 says the upstream is working.
 */
export function isUpstreamHealthFailure(error: unknown): boolean {
  if (!(error instanceof NpayUpstreamError)) {
    return false;
  }

  const { kind, httpStatus } = error.failure;

  return kind !== 'rejected' || (httpStatus !== undefined && httpStatus >= 500);
}

const STATE_NAMES: Record<CircuitState, string> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'isolated',
};

/** One circuit breaker per upstream API (cockatiel), created on first use. */
export class UpstreamCircuitBreakers {
  private readonly breakers = new Map<string, CircuitBreakerPolicy>();
  private readonly openedAt = new Map<string, number>();

  constructor(private readonly settings: CircuitBreakerSettings) {}

  for(api: string): CircuitBreakerPolicy {
    let breaker = this.breakers.get(api);

    if (breaker === undefined) {
      breaker = circuitBreaker(handleWhen(isUpstreamHealthFailure), {
        halfOpenAfter: this.settings.halfOpenAfterMs,
        breaker: new CountBreaker({
          threshold: this.settings.failureRatio,
          size: this.settings.windowSize,
          minimumNumberOfCalls: this.settings.minimumCalls,
        }),
      });
      breaker.onBreak(() => this.openedAt.set(api, Date.now()));
      this.breakers.set(api, breaker);
    }

    return breaker;
  }

  /** Seconds until an open circuit lets a test call through (at least 1). */
  retryAfterSeconds(api: string): number {
    const openedAt = this.openedAt.get(api) ?? Date.now();
    const remainingMs = openedAt + this.settings.halfOpenAfterMs - Date.now();

    return Math.max(1, Math.ceil(remainingMs / 1000));
  }

  /** The state of every breaker used so far, for readiness details. */
  states(): Record<string, string> {
    return Object.fromEntries(
      [...this.breakers].map(([api, breaker]) => [api, STATE_NAMES[breaker.state]]),
    );
  }
}
