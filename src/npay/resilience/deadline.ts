import { Clock } from '../../common/time/clock';

/**
 * The time one caller request may spend upstream, all attempts and waits included. It is also an
 * AbortSignal, so an HTTP exchange or a backoff still running when it passes is cut off and its
 * socket released.
 */
export class Deadline {
  readonly signal: AbortSignal;
  private readonly endsAt: number;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly clock: Clock,
    readonly budgetMs: number,
  ) {
    const controller = new AbortController();

    this.endsAt = clock.now() + budgetMs;
    this.signal = controller.signal;

    // A timer of our own rather than AbortSignal.timeout, so release() can drop it: otherwise
    // every finished request's signal, with what its listeners hold, lives for the whole budget
    // (20 s by default), and under load that is most of the heap. Same reason as that signal's.
    this.timer = setTimeout(
      () =>
        controller.abort(
          new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
        ),
      budgetMs,
    );
    this.timer.unref();
  }

  /** The call is over, whatever its outcome: the signal will not fire any more. */
  release(): void {
    clearTimeout(this.timer);
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
