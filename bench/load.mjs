// The two load generators of the benchmark.
//
// Saturation uses autocannon (closed loop, many connections): it is the cheapest generator we
// have, which matters when it shares a core with the upstream. Latency uses our own open-loop
// client on undici at a fixed rate, timed with process.hrtime: autocannon's histogram counts
// whole milliseconds, too coarse for a 0.5 ms target (see the README's Performance section).
import autocannon from 'autocannon';
import { Pool } from 'undici';

/** How often the fixed-rate loop wakes to send the requests that have fallen due. */
const TICK_MS = 1;
/** A send this far behind its turn shows the generator itself lagging (timer or CPU). */
const LATE_MS = 2;

/**
 * Requests per second reached with `connections` always busy, after `warmupMs` of the same load
 * that is not counted. Errors and statuses other than 2xx are counted, not hidden.
 */
export async function measureSaturation(target, { connections, warmupMs, durationMs }) {
  const options = {
    url: target.origin + target.path,
    method: target.method,
    headers: target.headers,
    body: target.body,
    connections,
    pipelining: 1,
  };

  await runAutocannon({ ...options, duration: warmupMs / 1000 });

  const result = await runAutocannon({ ...options, duration: durationMs / 1000 });

  return {
    requestsPerSecond: result.requests.total / (durationMs / 1000),
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

function runAutocannon(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/**
 * Latency percentiles at `rate` requests per second, sent on schedule whatever the answers do
 * (open loop), over a pool of kept-alive connections. Each latency runs from just before the
 * request is handed to undici to the end of its response body. `beforeMeasuring` runs between
 * the warm-up and the counted part, e.g. to reset the upstream's counters.
 */
export async function measureLatency(
  target,
  { rate, connections, warmupMs, durationMs, beforeMeasuring },
) {
  const pool = new Pool(target.origin, {
    connections,
    pipelining: 1,
    keepAliveTimeout: 60_000,
    keepAliveMaxTimeout: 60_000,
  });

  try {
    await sendAtRate(pool, target, rate, warmupMs);
    await beforeMeasuring?.();

    const run = await sendAtRate(pool, target, rate, durationMs);
    const sorted = run.latenciesMs.sort();

    return {
      requests: sorted.length,
      failures: run.failures,
      p50Ms: percentile(sorted, 0.5),
      p90Ms: percentile(sorted, 0.9),
      p99Ms: percentile(sorted, 0.99),
      maxMs: sorted[sorted.length - 1],
      lateSends: run.lateSends,
    };
  } finally {
    await pool.close();
  }
}

function sendAtRate(pool, target, rate, durationMs) {
  const total = Math.round((rate * durationMs) / 1000);
  const latenciesMs = new Float64Array(total);
  const started = process.hrtime.bigint();
  let sent = 0;
  let finished = 0;
  let failures = 0;
  let lateSends = 0;

  return new Promise((resolve) => {
    const sendOne = (index) => {
      const sentAt = process.hrtime.bigint();

      send(pool, target)
        .then((status) => {
          if (status !== target.expectStatus) {
            failures += 1;
          }
        })
        .finally(() => {
          latenciesMs[index] = Number(process.hrtime.bigint() - sentAt) / 1e6;
          finished += 1;

          if (finished === total) {
            resolve({ latenciesMs, failures, lateSends });
          }
        });
    };

    const tick = () => {
      const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
      const due = Math.min(total, Math.floor((elapsedMs * rate) / 1000) + 1);

      while (sent < due) {
        if (elapsedMs - (sent * 1000) / rate > LATE_MS) {
          lateSends += 1;
        }

        sendOne(sent);
        sent += 1;
      }

      if (sent < total) {
        setTimeout(tick, TICK_MS);
      }
    };

    tick();
  });
}

/** One request, its body read to the end; resolves with its status, 0 when it failed. */
async function send(pool, target) {
  try {
    const response = await pool.request({
      path: target.path,
      method: target.method,
      headers: target.headers,
      body: target.body,
    });

    await response.body.dump({ limit: 1 << 20 });

    return response.statusCode;
  } catch {
    return 0;
  }
}

export function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

/**
 * `count` requests sent at the same moment, each on its own connection; resolves with how many
 * answered `expectStatus` and how long the last one took.
 */
export async function burst(target, count) {
  const pool = new Pool(target.origin, { connections: count, pipelining: 1 });
  const started = process.hrtime.bigint();

  try {
    const statuses = await Promise.all(Array.from({ length: count }, () => send(pool, target)));

    return {
      answered: statuses.filter((status) => status === target.expectStatus).length,
      durationMs: Number(process.hrtime.bigint() - started) / 1e6,
    };
  } finally {
    await pool.close();
  }
}
