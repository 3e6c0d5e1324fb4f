import { Clock } from '../../common/time/clock';

/**
 * The time one caller request may spend upstream, all attempts and waits included. It is also an
 * AbortSignal, so an HTTP exchange or a backoff still running when it passes is cut off and its
 * socket released.
 */
export class Deadline {
  readonly signal: AbortSignal;
  private readonly endsAt: number;

  constructor(
    private readonly clock: Clock,
    readonly budgetMs: number,
  ) {
    this.endsAt = clock.now() + budgetMs;
    this.signal = AbortSignal.timeout(budgetMs);
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - this.clock.now());
  }

  get expired(): boolean {
    return this.signal.aborted || this.remainingMs() === 0;
  }
}

/** Thrown when the deadline passed before a request could be sent: the upstream saw nothing. */
export class DeadlineExceededBeforeSending extends Error {
  override readonly name = 'DeadlineExceededBeforeSending';
}
