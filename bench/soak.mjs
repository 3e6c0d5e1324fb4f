// `npm run soak [-- --duration=90 --concurrency=16 --rate-limit=40 --deadline=1500]`
//
// A bounded soak of the built gateway against a sandbox whose faults change every few seconds
// (through its admin endpoint, /__sandbox/faults) while concurrent callers read and write. It
// reports requests, outcomes by status and code, upstream calls per caller request, writes
// applied more than once (read from the sandbox's journal; must be 0), answers later than the
// deadline, and the gateway's memory at start and end. Exits 1 when a write was applied twice,
// an answer came late, or the gateway failed on its own (500).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';

import { startEmbeddedSandbox } from '../dist/sandbox/embedded-sandbox.js';
import { percentile } from './load.mjs';
import { rssMb } from './processes.mjs';
import { startGateway } from './servers.mjs';

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '90' },
    concurrency: { type: 'string', default: '16' },
    'rate-limit': { type: 'string', default: '40' },
    deadline: { type: 'string', default: '1500' },
  },
});
const durationMs = Number(options.duration) * 1000;
const concurrency = Number(options.concurrency);
const deadlineMs = Number(options.deadline);
/** A caller's answer may come this much after the gateway's deadline (scheduling, 2 cores). */
const LATE_MARGIN_MS = 500;

/**
 * The faults of each phase, as POST bodies for /__sandbox/faults; the phases take turns. Each
 * hits a share of calls, so traffic keeps flowing and the pacer, retries, breaker and
 * cool-down all get their turn.
 */
const PHASES = [
  { name: 'calm', faults: [] },
  {
    name: 'latency',
    faults: [{ operation: '*', kind: 'latency', delayMs: 1_200, probability: 0.3 }],
  },
  {
    name: 'resets',
    faults: [
      { operation: '*', kind: 'reset-before-apply', probability: 0.15 },
      { operation: 'confirmProductOrders', kind: 'reset-after-apply', probability: 0.3 },
    ],
  },
  {
    name: 'hangs',
    faults: [
      { operation: '*', kind: 'no-response', probability: 0.1 },
      { operation: 'confirmProductOrders', kind: 'stall-mid-body', probability: 0.2 },
      { operation: 'queryProductOrders', kind: 'stall-mid-body', probability: 0.2 },
    ],
  },
  { name: 'broken-json', faults: [{ operation: '*', kind: 'malformed-body', probability: 0.15 }] },
  {
    name: 'server-errors',
    faults: [
      { operation: 'getLastChangedStatuses', status: 500, code: 'GW.PROXY.03', probability: 0.7 },
      { operation: '*', status: 504, code: 'GW.TIMEOUT.02', probability: 0.1 },
    ],
  },
  {
    name: 'throttled',
    faults: [
      { operation: '*', status: 429, code: 'GW.RATE_LIMIT', probability: 0.2 },
      { operation: 'queryProductOrders', status: 429, code: 'GW.QUOTA_LIMIT', probability: 0.2 },
      { operation: 'getLastChangedStatuses', status: 503, code: 'GW.BLOCK.01', probability: 0.1 },
    ],
  },
  { name: 'auth', faults: [{ operation: '*', status: 401, code: 'GW.AUTHN', probability: 0.05 }] },
];

const sandbox = await startEmbeddedSandbox({
  productOrderCount: 200,
  journalLimit: 5_000_000,
  rateLimit: { perSecond: Number(options['rate-limit']) },
});
const gatewayLog = join(tmpdir(), `npay-soak-gateway-${process.pid}.log`);
const gateway = await startGateway(
  { ...sandbox.credentials, baseUrl: sandbox.baseUrl },
  {
    logFile: gatewayLog,
    env: {
      LOG_LEVEL: 'warn',
      // The gateway's own default pace until the sandbox's headers state its limit.
      NPAY_RATE_LIMIT_PER_SECOND: '10',
      REQUEST_DEADLINE_MS: String(deadlineMs),
      NPAY_TIMEOUT_MS: String(Math.round(deadlineMs / 3)),
      NPAY_BREAKER_HALF_OPEN_AFTER_MS: '2000',
      NPAY_CREDENTIALS_COOLDOWN_SECONDS: '3',
    },
  },
);
const outcomes = [];
const writes = new Map();
const queryIds = [...sandbox.store.records()].slice(0, 5).map((record) => record.productOrderId);

log(
  `gateway pid ${gateway.child.pid} on :${gateway.port}, its log in ${gatewayLog}; ` +
    `soaking for ${durationMs / 1000} s`,
);

const rssStartMb = rssMb(gateway.child.pid);
const heapStartMb = await heapUsedMb();
let rssPeakMb = rssStartMb;
const rssTimer = setInterval(
  () => (rssPeakMb = Math.max(rssPeakMb, rssMb(gateway.child.pid))),
  500,
);
const endsAt = performance.now() + durationMs;
/** RSS and heap every 10 s: a steady climb is a leak, a sawtooth is the collector at work. */
const memorySamples = [];
const sampleTimer = setInterval(async () => {
  memorySamples.push(`${rssMb(gateway.child.pid).toFixed(0)}/${(await heapUsedMb()).toFixed(0)}`);
}, 10_000);

try {
  await Promise.all([
    runPhases(),
    ...Array.from({ length: concurrency }, (_, worker) => callerLoop(worker)),
  ]);
  await fetch(sandbox.faultAdminUrl, { method: 'DELETE' });
  // Let connections the faults held be let go of before counting them.
  await sleep(deadlineMs);

  const rssEndMb = rssMb(gateway.child.pid);
  const heapEndMb = await heapUsedMb();
  // Node sizes the young generation by allocation rate: under load it alone can add 100 MB of
  // RSS that is not held by anything, so it is reported apart from the old generation.
  const newSpaceMb = await gatewayMetricMb('nodejs_heap_space_size_total_bytes{space="new"}');
  const oldSpaceMb = await gatewayMetricMb('nodejs_heap_space_size_total_bytes{space="old"}');
  const report = buildReport({
    rssStartMb,
    rssEndMb,
    rssPeakMb,
    heapStartMb,
    heapEndMb,
    newSpaceMb,
    oldSpaceMb,
  });

  console.log(renderReport(report));
  process.exitCode = report.failed ? 1 : 0;
} finally {
  clearInterval(rssTimer);
  clearInterval(sampleTimer);
  gateway.child.kill('SIGTERM');
  await sandbox.close();
}

/** The gateway's V8 heap in use, from its Prometheus metrics: RSS alone can't tell a leak. */
async function heapUsedMb() {
  return (await gatewayMetricMb('nodejs_heap_size_used_bytes')) ?? NaN;
}

async function gatewayMetricMb(series) {
  const metrics = await (await fetch(`http://127.0.0.1:${gateway.port}/metrics`)).text();
  const line = metrics.split('\n').find((candidate) => candidate.startsWith(`${series} `));

  return line === undefined ? undefined : Number(line.slice(series.length + 1)) / 1024 / 1024;
}

async function runPhases() {
  const phaseMs = Math.max(3_000, durationMs / (PHASES.length * 2));

  for (let index = 0; performance.now() < endsAt; index += 1) {
    const phase = PHASES[index % PHASES.length];

    await fetch(sandbox.faultAdminUrl, { method: 'DELETE' });

    for (const fault of phase.faults) {
      const response = await fetch(sandbox.faultAdminUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...fault, times: null }),
      });

      if (response.status !== 201) {
        throw new Error(
          `The sandbox refused fault ${JSON.stringify(fault)}: ${await response.text()}`,
        );
      }
    }

    await sleep(Math.min(phaseMs, Math.max(0, endsAt - performance.now())));
  }
}

/** One caller: 60 % change-list reads, 20 % detail reads, 20 % confirms of a fresh order. */
async function callerLoop(worker) {
  for (let call = 0; performance.now() < endsAt; call += 1) {
    const pick = (worker + call) % 5;

    if (pick < 3) {
      await send('read-changes', 'GET', changesPath());
    } else if (pick === 3) {
      await send('read-details', 'POST', '/v1/product-orders/query', { productOrderIds: queryIds });
    } else {
      const { productOrderId } = sandbox.simulate.createProductOrder('PAYED_NOT_YET');
      const outcome = await send('write-confirm', 'POST', '/v1/product-orders/confirm', {
        productOrderIds: [productOrderId],
      });

      writes.set(productOrderId, outcome);
    }
  }
}

async function send(kind, method, path, body) {
  const startedAt = performance.now();
  let status;
  let code;

  try {
    const response = await fetch(`http://127.0.0.1:${gateway.port}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      // A gateway that hangs is a finding, not a stuck soak.
      signal: AbortSignal.timeout(deadlineMs * 4),
    });
    const text = await response.text();

    status = response.status;
    code = status >= 400 ? JSON.parse(text).code : undefined;

    if ((status === 429 || status === 503) && !response.headers.has('retry-after')) {
      code = `${code} WITHOUT Retry-After`;
    }
  } catch (error) {
    status = 0;
    code = error.name;
  }

  const outcome = { kind, status, code, elapsedMs: performance.now() - startedAt };

  outcomes.push(outcome);

  return outcome;
}

function changesPath() {
  const from = new Date(Date.now() - 3_600_000).toISOString();

  return `/v1/product-orders/last-changed-statuses?lastChangedFrom=${encodeURIComponent(from)}`;
}

function buildReport(memory) {
  const journal = sandbox.journal.entries;
  const apiCalls = journal.filter((entry) => entry.operation !== 'token');
  const arrivals = new Map();
  const applications = new Map();

  for (const entry of journal) {
    if (entry.operation !== 'confirmProductOrders') {
      continue;
    }

    for (const productOrderId of entry.body?.productOrderIds ?? []) {
      arrivals.set(productOrderId, (arrivals.get(productOrderId) ?? 0) + 1);
    }

    for (const productOrderId of entry.appliedProductOrderIds ?? []) {
      applications.set(productOrderId, (applications.get(productOrderId) ?? 0) + 1);
    }
  }

  const writeIds = [...writes.keys()];
  const unknown = writeIds.filter((id) => writes.get(id).code === 'WRITE_OUTCOME_UNKNOWN');
  const elapsed = outcomes.map((outcome) => outcome.elapsedMs).sort((a, b) => a - b);
  const late = outcomes.filter((outcome) => outcome.elapsedMs > deadlineMs + LATE_MARGIN_MS);
  const appliedTwice = writeIds.filter((id) => (applications.get(id) ?? 0) > 1).length;
  const internalErrors = outcomes.filter((outcome) => outcome.status === 500).length;

  return {
    requests: outcomes.length,
    byStatus: countBy(outcomes, (outcome) => `${outcome.status} ${outcome.code ?? ''}`.trim()),
    byKind: countBy(outcomes, (outcome) => `${outcome.kind} ${outcome.status}`),
    upstreamCallsPerRequest: apiCalls.length / outcomes.length,
    tokenCalls: journal.length - apiCalls.length,
    upstreamStatuses: countBy(
      apiCalls,
      (entry) => `${entry.status}${entry.fault ? ` (${entry.fault})` : ''}`,
    ),
    writes: {
      sent: writeIds.length,
      arrivedMoreThanOnce: writeIds.filter((id) => (arrivals.get(id) ?? 0) > 1).length,
      appliedTwice,
      outcomeUnknown: unknown.length,
      outcomeUnknownButApplied: unknown.filter((id) => applications.has(id)).length,
    },
    latencyMs: {
      p50: percentile(elapsed, 0.5),
      p99: percentile(elapsed, 0.99),
      max: elapsed.at(-1),
      laterThanDeadline: late.length,
    },
    heldConnectionsAtEnd: sandbox.faults.heldConnections,
    memory,
    failed: appliedTwice > 0 || late.length > 0 || internalErrors > 0,
  };
}

function countBy(items, key) {
  const counts = {};

  for (const item of items) {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  }

  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

function renderReport(report) {
  const lines = [
    `soak: ${durationMs / 1000} s, ${concurrency} callers, deadline ${deadlineMs} ms, ` +
      `sandbox limit ${options['rate-limit']}/s per API, ` +
      `phases ${PHASES.map((p) => p.name).join(' → ')}`,
    `requests: ${report.requests} (${(report.requests / (durationMs / 1000)).toFixed(1)}/s)`,
    'outcomes by status and code:',
    ...Object.entries(report.byStatus).map(([key, count]) => `  ${key.padEnd(40)} ${count}`),
    'outcomes by request kind:',
    ...Object.entries(report.byKind).map(([key, count]) => `  ${key.padEnd(40)} ${count}`),
    `upstream API calls per caller request: ${report.upstreamCallsPerRequest.toFixed(2)}; ` +
      `token calls: ${report.tokenCalls}`,
    'upstream answers (sandbox journal; 0 = reset or never answered):',
    ...Object.entries(report.upstreamStatuses).map(
      ([key, count]) => `  ${key.padEnd(40)} ${count}`,
    ),
    `writes: ${report.writes.sent} sent; ` +
      `reached the upstream more than once ${report.writes.arrivedMoreThanOnce}; ` +
      `APPLIED MORE THAN ONCE ${report.writes.appliedTwice}`,
    `  WRITE_OUTCOME_UNKNOWN ${report.writes.outcomeUnknown}, ` +
      `of which the sandbox had applied ${report.writes.outcomeUnknownButApplied}`,
    `latency ms: p50 ${report.latencyMs.p50.toFixed(0)}, p99 ${report.latencyMs.p99.toFixed(0)}, ` +
      `max ${report.latencyMs.max.toFixed(0)}; ` +
      `later than deadline + ${LATE_MARGIN_MS} ms: ${report.latencyMs.laterThanDeadline}`,
    `connections held open by the sandbox at the end: ${report.heldConnectionsAtEnd}`,
    `gateway RSS MB: start ${report.memory.rssStartMb.toFixed(1)}, ` +
      `end ${report.memory.rssEndMb.toFixed(1)}, ` +
      `peak ${report.memory.rssPeakMb.toFixed(1)}; V8 heap used MB: start ` +
      `${report.memory.heapStartMb.toFixed(1)}, end ${report.memory.heapEndMb.toFixed(1)}`,
    `gateway V8 spaces at the end, MB: young generation ${report.memory.newSpaceMb?.toFixed(1)}, ` +
      `old generation ${report.memory.oldSpaceMb?.toFixed(1)}`,
    `gateway RSS/heap MB every 10 s: ${memorySamples.join(' ')}`,
    report.failed ? 'RESULT: FAILED' : 'RESULT: passed',
  ];

  return lines.join('\n');
}

function log(message) {
  console.error(`[soak] ${message}`);
}
