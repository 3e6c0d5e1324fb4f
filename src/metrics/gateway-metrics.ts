import { Injectable } from '@nestjs/common';
import {
  InjectMetric,
  makeCounterProvider,
  makeGaugeProvider,
  makeHistogramProvider,
} from '@willsoto/nestjs-prometheus';
import { Counter, Gauge, Histogram } from 'prom-client';

/**
 * Read at scrape time. prom-client keeps one registry per process, so a second application in
 * the same process (tests) shares the gauge: the client that registered last is the one read.
 */
let circuitStates: () => Record<string, string> = () => ({});

// From a millisecond to the longest deadline: the gateway's own cost is far below 5 ms.
const LATENCY_BUCKETS_SECONDS = [
  0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20,
];

const HTTP_REQUEST_DURATION = 'gateway_http_request_duration_seconds';
const UPSTREAM_REQUEST_DURATION = 'gateway_upstream_request_duration_seconds';
const TOKEN_REQUESTS = 'gateway_upstream_token_requests_total';
const CIRCUIT_OPEN = 'gateway_upstream_circuit_open';

export const METRIC_PROVIDERS = [
  makeHistogramProvider({
    name: HTTP_REQUEST_DURATION,
    help: 'Requests answered by the gateway, by route template and status',
    labelNames: ['method', 'route', 'status'],
    buckets: LATENCY_BUCKETS_SECONDS,
  }),
  makeHistogramProvider({
    name: UPSTREAM_REQUEST_DURATION,
    help: 'Upstream exchanges (each attempt), by operation and HTTP status or `transport`',
    labelNames: ['operation', 'status'],
    buckets: LATENCY_BUCKETS_SECONDS,
  }),
  makeCounterProvider({
    name: TOKEN_REQUESTS,
    help: 'Upstream token requests, by outcome',
    labelNames: ['outcome'],
  }),
  makeGaugeProvider({
    name: CIRCUIT_OPEN,
    help: '1 while the circuit breaker of an upstream operation refuses calls, else 0',
    labelNames: ['operation'],
    collect(this: Gauge<string>) {
      for (const [operation, state] of Object.entries(circuitStates())) {
        this.set({ operation }, state === 'open' || state === 'isolated' ? 1 : 0);
      }
    },
  }),
];

/** What the gateway counts, in one place, so call sites stay one line. */
@Injectable()
export class GatewayMetrics {
  constructor(
    @InjectMetric(HTTP_REQUEST_DURATION) private readonly httpRequests: Histogram<string>,
    @InjectMetric(UPSTREAM_REQUEST_DURATION) private readonly upstreamRequests: Histogram<string>,
    @InjectMetric(TOKEN_REQUESTS) private readonly tokenRequests: Counter<string>,
  ) {}

  /** `route` is the route template, never the raw URL, so ids don't become label values. */
  recordHttpRequest(method: string, route: string, status: number, durationMs: number): void {
    this.httpRequests.observe({ method, route, status }, durationMs / 1000);
  }

  recordUpstreamRequest(operation: string, status: number | 'transport', durationMs: number): void {
    this.upstreamRequests.observe({ operation, status }, durationMs / 1000);
  }

  recordTokenRequest(outcome: 'issued' | 'failed'): void {
    this.tokenRequests.inc({ outcome });
  }

  trackCircuits(states: () => Record<string, string>): void {
    circuitStates = states;
  }
}
