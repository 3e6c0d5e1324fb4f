import { Clock } from '../../common/time/clock';

/**
 * Caps retries to a share of the traffic, so that during an outage retries add at most that
 * share to the load instead of multiplying it. Every first attempt deposits `ratio` of a token,
 * every retry spends one; a floor of `minPerSecond` keeps retries possible when traffic is low.
 */
export class RetryBudget {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly clock: Clock,
    private readonly ratio = 0.2,
    private readonly minPerSecond = 5,
    private readonly capacity = 100,
  ) {
    this.tokens = minPerSecond;
    this.refilledAt = clock.now();
  }

  recordRequest(): void {
    this.refill();
    this.tokens = Math.min(this.capacity, this.tokens + this.ratio);
  }

  /** Takes one retry from the budget; false when the budget is spent. */
  tryRetry(): boolean {
    this.refill();

    if (this.tokens < 1) {
      return false;
    }

    this.tokens -= 1;

    return true;
  }

  private refill(): void {
    const now = this.clock.now();
    const earned = ((now - this.refilledAt) / 1000) * this.minPerSecond;

    this.tokens = Math.min(this.capacity, this.tokens + earned);
    this.refilledAt = now;
  }
}
