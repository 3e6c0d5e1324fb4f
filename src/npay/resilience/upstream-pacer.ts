import { Clock } from '../../common/time/clock';

/** How long a request may wait for its turn, at most, before it is refused instead. */
export class PacingRefused extends Error {
  override readonly name = 'PacingRefused';

  constructor(readonly waitMs: number) {
    super(`The upstream rate budget frees up in ${waitMs} ms, after the request's deadline`);
  }
}

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface Bucket {
  /** Requests per second the upstream replenishes. */
  rate: number;
  /** Most requests in a burst. */
  capacity: number;
  tokens: number;
  updatedAt: number;
  /** Requests waiting for a token, first come first served. */
  waiting: Waiter[];
  /** Wakes the first waiter when its token is due. */
  timer?: NodeJS.Timeout;
}

export const RATE_HEADERS = {
  replenishRate: 'gncp-gw-ratelimit-replenish-rate',
  burstCapacity: 'gncp-gw-ratelimit-burst-capacity',
  remaining: 'gncp-gw-ratelimit-remaining',
} as const;

/**
 * Keeps the gateway under the upstream's per-API rate limit with one token bucket per API. The
 * upstream states its limit in every answer's headers; until it has, the configured default
 * applies. A request over the limit waits in line (when its turn comes before its deadline)
 * instead of collecting a 429. The line is released at the rate known at each moment, so a
 * lower limit learned while requests wait (typically from the first answers of a burst sent on
 * the default) slows the ones already waiting too.
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

    if (bucket.waiting.length === 0 && bucket.tokens >= 1) {
      bucket.tokens -= 1;

      return;
    }

    const waitMs = this.waitMs(bucket, bucket.waiting.length + 1);

    if (waitMs > maxWaitMs) {
      throw new PacingRefused(waitMs);
    }

    await new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal };

      if (signal !== undefined) {
        // Its deadline passed in line (a lower limit learned meanwhile moved its turn back):
        // still a rate refusal, nothing was sent.
        waiter.onAbort = () => {
          const position = bucket.waiting.indexOf(waiter);

          bucket.waiting.splice(position, 1);
          reject(new PacingRefused(this.waitMs(bucket, position + 1)));
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }

      bucket.waiting.push(waiter);
      this.schedule(bucket);
    });
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

    this.refill(bucket);
    bucket.rate = rate;
    bucket.capacity = burst > 0 ? burst : rate;

    // The upstream's count wins when it is lower: other replicas share the same limit.
    if (Number.isFinite(remaining) && remaining < bucket.tokens) {
      bucket.tokens = Math.max(0, remaining);
    }

    this.reschedule(bucket);
  }

  /** After a 429: nothing more goes to that API until a token has been replenished. */
  backOff(api: string): void {
    const bucket = this.bucketFor(api);

    if (bucket !== undefined) {
      this.refill(bucket);
      bucket.tokens = Math.min(bucket.tokens, 0);
      this.reschedule(bucket);
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
        waiting: [],
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

  /** How long until the token of the `position`-th in line (from 1) is due. */
  private waitMs(bucket: Bucket, position: number): number {
    this.refill(bucket);

    return Math.max(0, Math.ceil(((position - bucket.tokens) / bucket.rate) * 1000));
  }

  /** Sets the timer for the first waiter's token, unless one is set or no one waits. */
  private schedule(bucket: Bucket): void {
    if (bucket.timer !== undefined || bucket.waiting.length === 0) {
      return;
    }

    const dueInMs = this.waitMs(bucket, 1);

    bucket.timer = setTimeout(() => {
      bucket.timer = undefined;
      this.release(bucket);
    }, dueInMs);
  }

  /** The rate or the count changed: the first waiter's token is due at another time. */
  private reschedule(bucket: Bucket): void {
    clearTimeout(bucket.timer);
    bucket.timer = undefined;
    this.release(bucket);
  }

  private release(bucket: Bucket): void {
    this.refill(bucket);

    while (bucket.waiting.length > 0 && bucket.tokens >= 1) {
      const waiter = bucket.waiting.shift() as Waiter;

      bucket.tokens -= 1;

      if (waiter.onAbort !== undefined) {
        waiter.signal?.removeEventListener('abort', waiter.onAbort);
      }

      waiter.resolve();
    }

    this.schedule(bucket);
  }
}
