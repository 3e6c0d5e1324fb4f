import { Clock } from '../../common/time/clock';

/** How long a request may wait for its turn, at most, before it is refused instead. */
export class PacingRefused extends Error {
  override readonly name = 'PacingRefused';

  constructor(readonly waitMs: number) {
    super(`The upstream rate budget frees up in ${waitMs} ms, after the request's deadline`);
  }
}

interface Bucket {
  /** Requests per second the upstream replenishes. */
  rate: number;
  /** Most requests in a burst. */
  capacity: number;
  /** May go below zero: each waiting request has reserved a future token. */
  tokens: number;
  updatedAt: number;
}

export const RATE_HEADERS = {
  replenishRate: 'gncp-gw-ratelimit-replenish-rate',
  burstCapacity: 'gncp-gw-ratelimit-burst-capacity',
  remaining: 'gncp-gw-ratelimit-remaining',
} as const;

/**
 * Keeps the gateway under the upstream's per-API rate limit with one token bucket per API. The
 * upstream states its limit in every answer's headers; until it has, the configured default
 * applies. A request over the limit waits its turn (when that fits its deadline) instead of
 * collecting a 429.
 */
export class UpstreamPacer {
  private readonly buckets = new Map<string, Bucket>();

  /** `defaultRate` 0 turns pacing off until the upstream states a limit. */
  constructor(
    private readonly clock: Clock,
    private readonly defaultRate: number,
  ) {}

  /** Resolves when the request may go; throws PacingRefused when that would pass `maxWaitMs`. */
  async acquire(api: string, maxWaitMs: number, signal?: AbortSignal): Promise<void> {
    const bucket = this.bucketFor(api);

    if (bucket === undefined) {
      return;
    }

    this.refill(bucket);

    const waitMs = bucket.tokens >= 1 ? 0 : Math.ceil(((1 - bucket.tokens) / bucket.rate) * 1000);

    if (waitMs > maxWaitMs) {
      throw new PacingRefused(waitMs);
    }

    bucket.tokens -= 1;

    if (waitMs > 0) {
      await sleep(waitMs, signal);
    }
  }

  /** Adopts the limit the upstream stated in an answer's headers. */
  learn(api: string, headers: Record<string, unknown>): void {
    const rate = Number(headers[RATE_HEADERS.replenishRate]);

    if (!(rate > 0)) {
      return;
    }

    const burst = Number(headers[RATE_HEADERS.burstCapacity]);
    const remaining = Number(headers[RATE_HEADERS.remaining]);
    const bucket = this.bucketFor(api, rate) as Bucket;

    bucket.rate = rate;
    bucket.capacity = burst > 0 ? burst : rate;

    // The upstream's count wins when it is lower: other replicas share the same limit.
    if (Number.isFinite(remaining) && remaining < bucket.tokens) {
      bucket.tokens = remaining;
    }
  }

  /** After a 429: nothing more goes to that API until a token has been replenished. */
  backOff(api: string): void {
    const bucket = this.bucketFor(api);

    if (bucket !== undefined) {
      this.refill(bucket);
      bucket.tokens = Math.min(bucket.tokens, 0);
    }
  }

  /** The API's bucket; created at `rateIfNew` when there is none and that rate is set. */
  private bucketFor(api: string, rateIfNew = this.defaultRate): Bucket | undefined {
    let bucket = this.buckets.get(api);

    if (bucket === undefined && rateIfNew > 0) {
      bucket = {
        rate: rateIfNew,
        capacity: rateIfNew,
        tokens: rateIfNew,
        updatedAt: this.clock.now(),
      };
      this.buckets.set(api, bucket);
    }

    return bucket;
  }

  private refill(bucket: Bucket): void {
    const now = this.clock.now();

    bucket.tokens = Math.min(
      bucket.capacity,
      bucket.tokens + ((now - bucket.updatedAt) / 1000) * bucket.rate,
    );
    bucket.updatedAt = now;
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);

    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
