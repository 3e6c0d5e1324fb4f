import { NpayUpstreamError, UpstreamFailure } from '../npay-upstream.error';
import { isUpstreamHealthFailure } from './circuit-breakers';
import { RetryBudget } from './retry-budget';
import { isSafeToRetry, neverReachedUpstream } from './retry-rules';
import { PacingRefused, UpstreamPacer } from './upstream-pacer';

class ManualClock {
  constructor(public time = 1_000_000) {}

  now(): number {
    return this.time;
  }
}

const failure = (overrides: Partial<UpstreamFailure>): NpayUpstreamError =>
  new NpayUpstreamError({ kind: 'rejected', operation: 'op', idempotent: true, ...overrides });

describe('retry rules', () => {
  it.each([
    ['a refused connection, even for a write', { kind: 'unreachable', idempotent: false }, true],
    [
      'a rate-limited write',
      { httpStatus: 429, upstreamCode: 'GW.RATE_LIMIT', idempotent: false },
      true,
    ],
    ['a write that timed out', { kind: 'timeout', idempotent: false }, false],
    ['a write whose connection broke', { kind: 'connection-lost', idempotent: false }, false],
    ['a write answered 500', { httpStatus: 500, idempotent: false }, false],
    [
      'a write the upstream proxy never forwarded',
      { httpStatus: 500, upstreamCode: 'GW.PROXY.01', idempotent: false },
      true,
    ],
    ['a read that timed out', { kind: 'timeout' }, true],
    ['a read answered 502', { httpStatus: 502 }, true],
    ['a read with a garbled answer', { kind: 'malformed', httpStatus: 200 }, true],
    ['a read refused as invalid', { httpStatus: 400, upstreamCode: '104139' }, false],
    ['a read over quota', { httpStatus: 429, upstreamCode: 'GW.QUOTA_LIMIT' }, false],
    ['a read during maintenance', { httpStatus: 503, upstreamCode: 'GW.BLOCK.02' }, false],
    ['a read refused for its token', { httpStatus: 401, upstreamCode: 'GW.AUTHN' }, false],
  ] as [string, Partial<UpstreamFailure>, boolean][])('%s: retry %s', (_, overrides, expected) => {
    expect(isSafeToRetry(failure(overrides))).toBe(expected);
  });

  it('knows what never reached the upstream', () => {
    expect(neverReachedUpstream({ kind: 'unreachable', operation: 'op', idempotent: false })).toBe(
      true,
    );
    expect(neverReachedUpstream({ kind: 'timeout', operation: 'op', idempotent: false })).toBe(
      false,
    );
  });
});

describe('circuit breaker failures', () => {
  it('counts server errors, timeouts and broken connections, not refusals or 429', () => {
    expect(isUpstreamHealthFailure(failure({ httpStatus: 500 }))).toBe(true);
    expect(isUpstreamHealthFailure(failure({ kind: 'timeout' }))).toBe(true);
    expect(isUpstreamHealthFailure(failure({ kind: 'connection-lost' }))).toBe(true);
    expect(isUpstreamHealthFailure(failure({ httpStatus: 400, upstreamCode: '4000' }))).toBe(false);
    expect(isUpstreamHealthFailure(failure({ httpStatus: 429 }))).toBe(false);
    expect(isUpstreamHealthFailure(new Error('a bug'))).toBe(false);
  });
});

describe('RetryBudget', () => {
  it('allows a floor of retries, then one per five requests', () => {
    const clock = new ManualClock();
    const budget = new RetryBudget(clock, 0.2, 5, 100);
    let granted = 0;

    for (let request = 0; request < 100; request += 1) {
      budget.recordRequest();
      granted += budget.tryRetry() ? 1 : 0;
    }

    // 5 from the floor plus 0.2 for each of the 100 requests.
    expect(granted).toBe(25);
  });

  it('refills the floor with time', () => {
    const clock = new ManualClock();
    const budget = new RetryBudget(clock, 0, 5, 100);

    while (budget.tryRetry()) {
      // drain
    }

    clock.time += 1_000;
    expect([1, 2, 3, 4, 5, 6].map(() => budget.tryRetry())).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('UpstreamPacer', () => {
  it('lets a burst through, then spaces requests at the rate', async () => {
    const pacer = new UpstreamPacer(new ManualClock(), 2);

    await pacer.acquire('api', 0);
    await pacer.acquire('api', 0);

    await expect(pacer.acquire('api', 100)).rejects.toBeInstanceOf(PacingRefused);
  });

  it('waits for its turn when the deadline allows', async () => {
    const pacer = new UpstreamPacer({ now: () => Date.now() }, 20);

    for (let request = 0; request < 20; request += 1) {
      await pacer.acquire('api', 0);
    }

    const startedAt = Date.now();

    await pacer.acquire('api', 1_000);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(40);
  });

  it('slows requests already waiting when it learns a lower limit', async () => {
    const pacer = new UpstreamPacer({ now: () => Date.now() }, 100);

    for (let request = 0; request < 100; request += 1) {
      await pacer.acquire('api', 0);
    }

    const startedAt = Date.now();
    const waiting = [pacer.acquire('api', 5_000), pacer.acquire('api', 5_000)];

    // The first answer of the burst states 5 a second, nothing left.
    pacer.learn('api', {
      'gncp-gw-ratelimit-replenish-rate': '5',
      'gncp-gw-ratelimit-burst-capacity': '10',
      'gncp-gw-ratelimit-remaining': '0',
    });
    await Promise.all(waiting);

    // At the default the two would have gone within 20 ms; at 5 a second the second takes 400.
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(350);
  });

  it('lets a request whose deadline passes leave the line', async () => {
    const pacer = new UpstreamPacer({ now: () => Date.now() }, 10);
    const deadline = new AbortController();

    for (let request = 0; request < 10; request += 1) {
      await pacer.acquire('api', 0);
    }

    const abandoned = pacer.acquire('api', 5_000, deadline.signal);

    deadline.abort(new Error('deadline'));

    await expect(abandoned).rejects.toBeInstanceOf(PacingRefused);
    // Nobody is ahead any more: the next token, due within 100 ms, is this one's (not 200).
    const refusal = await pacer.acquire('api', 50).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(PacingRefused);
    expect((refusal as PacingRefused).waitMs).toBeLessThanOrEqual(100);
  });

  it('adopts the limit and the remaining count the upstream states', async () => {
    const pacer = new UpstreamPacer(new ManualClock(), 0);

    await pacer.acquire('api', 0);
    pacer.learn('api', {
      'gncp-gw-ratelimit-replenish-rate': '5',
      'gncp-gw-ratelimit-burst-capacity': '10',
      'gncp-gw-ratelimit-remaining': '1',
    });

    await pacer.acquire('api', 0);
    await expect(pacer.acquire('api', 0)).rejects.toBeInstanceOf(PacingRefused);
  });

  it('does not pace when no limit is known and the default is off', async () => {
    const pacer = new UpstreamPacer(new ManualClock(), 0);

    for (let request = 0; request < 1000; request += 1) {
      await pacer.acquire('api', 0);
    }
  });
});
