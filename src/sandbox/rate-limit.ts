import { performance } from 'node:perf_hooks';

import { SandboxOperationName } from './http/sandbox-operation';

/** The upstream's per-API token bucket, as the sandbox plays it (reference 3.6). */
export interface SandboxRateLimitOptions {
  /** Requests per second each API replenishes; the burst is twice that. */
  perSecond: number;
  /** Rates for single operations, overriding `perSecond`. */
  perOperation?: Partial<Record<SandboxOperationName, number>>;
}

export const RATE_LIMIT_HEADERS = {
  replenishRate: 'GNCP-GW-RateLimit-Replenish-Rate',
  burstCapacity: 'GNCP-GW-RateLimit-Burst-Capacity',
  remaining: 'GNCP-GW-RateLimit-Remaining',
} as const;

export const QUOTA_HEADERS = {
  period: 'GNCP-GW-Quota-Period',
  limit: 'GNCP-GW-Quota-Limit',
  remaining: 'GNCP-GW-Quota-Remaining',
} as const;

interface Bucket {
  rate: number;
  capacity: number;
  tokens: number;
  updatedAt: number;
}

/**
 * One token bucket per API, `perSecond` tokens a second up to a burst of twice that (the
 * reference's "2× the rate"). [U] Whether the upstream refills continuously or once a second is
 * not published; this refills continuously, the textbook bucket. Time is the process's monotonic
 * clock, not the sandbox clock: tests move that one by hours to age data, which must not refill
 * a rate limit.
 */
export class SandboxRateLimiter {
  private readonly buckets = new Map<SandboxOperationName, Bucket>();

  constructor(private readonly options: SandboxRateLimitOptions) {}

  /** Takes a token for a call of `operation`; false when the bucket is empty. */
  public take(operation: SandboxOperationName): boolean {
    const bucket = this.refilled(operation);

    if (bucket === undefined || bucket.tokens >= 1) {
      if (bucket !== undefined) {
        bucket.tokens -= 1;
      }

      return true;
    }

    return false;
  }

  /** The `GNCP-GW-RateLimit-*` headers of an answer for `operation`, or none when unlimited. */
  public headers(operation: SandboxOperationName): Record<string, string> {
    const bucket = this.refilled(operation);

    if (bucket === undefined) {
      return {};
    }

    return {
      [RATE_LIMIT_HEADERS.replenishRate]: String(bucket.rate),
      [RATE_LIMIT_HEADERS.burstCapacity]: String(bucket.capacity),
      [RATE_LIMIT_HEADERS.remaining]: String(Math.floor(bucket.tokens)),
    };
  }

  private refilled(operation: SandboxOperationName): Bucket | undefined {
    const now = performance.now();
    let bucket = this.buckets.get(operation);

    if (bucket === undefined) {
      const rate = this.options.perOperation?.[operation] ?? this.options.perSecond;

      if (!(rate > 0)) {
        return undefined;
      }

      bucket = { rate, capacity: rate * 2, tokens: rate * 2, updatedAt: now };
      this.buckets.set(operation, bucket);
    }

    bucket.tokens = Math.min(
      bucket.capacity,
      bucket.tokens + ((now - bucket.updatedAt) / 1000) * bucket.rate,
    );
    bucket.updatedAt = now;

    return bucket;
  }
}
