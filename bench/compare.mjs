// `npm run bench:compare -- <git revision> [--rounds=N]`
//
// The gateway as built from a git revision (the baseline) and as built from the working tree,
// side by side in one run against the same fixed upstream: the two builds take turns, their
// order rotating each round, so a noisy neighbour hits both alike. For each build: start to
// ready and idle RSS (fresh processes, alternating), then saturation, the gateway's CPU time
// per request under it, latency at a fixed rate, and peak RSS under load. This is how the
// README's before-and-after table is measured.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { fmt, median, roundTo, table } from './figures.mjs';
import { measureLatency, measureSaturation } from './load.mjs';
import { cpuMs, rssMb } from './processes.mjs';
import {
  gatewayTarget,
  pinSelf,
  ROOT,
  runWithServers,
  startGateway,
  startUpstream,
  stopGateway,
  trackPeakRss,
} from './servers.mjs';

const ROUTES = ['query', 'dispatch'];
const STARTS_PER_BUILD = 5;
const WARMUP_MS = 2_000;
const DURATION_MS = 5_000;

const { revision, rounds } = parseOptions(process.argv.slice(2));
const workDir = mkdtempSync(join(tmpdir(), 'npay-compare-'));
const baselineDir = join(workDir, 'baseline');
const logFile = join(workDir, 'gateway.log');

await runWithServers(main, () => {
  if (existsSync(baselineDir)) {
    execFileSync('git', ['worktree', 'remove', '--force', baselineDir], { cwd: ROOT });
  }

  rmSync(workDir, { recursive: true, force: true });
});

async function main() {
  const builds = {
    baseline: { label: `baseline (${buildBaseline()})`, distDir: join(baselineDir, 'dist') },
    current: { label: 'working tree', distDir: join(ROOT, 'dist') },
  };
  const order = (round) => (round % 2 === 0 ? ['baseline', 'current'] : ['current', 'baseline']);

  pinSelf();

  const upstream = await startUpstream('fixed');
  const starts = { baseline: [], current: [] };

  for (let start = 0; start < STARTS_PER_BUILD; start += 1) {
    for (const name of order(start)) {
      const gateway = await startGateway(upstream, { logFile, distDir: builds[name].distDir });

      starts[name].push({ readyMs: gateway.readyMs, idleRssMb: rssMb(gateway.child.pid) });
      await stopGateway(gateway);
    }
  }

  const gateways = {};

  for (const name of Object.keys(builds)) {
    gateways[name] = await startGateway(upstream, { logFile, distDir: builds[name].distDir });
  }

  const saturation = [];

  for (let round = 0; round < rounds; round += 1) {
    for (const route of ROUTES) {
      for (const name of order(round)) {
        saturation.push({
          round,
          route,
          name,
          ...(await saturate(gateways[name], upstream, route)),
        });
        log(`saturation r${round + 1} ${route} ${name}: ${fmt(saturation.at(-1).perSecond, 0)}/s`);
      }
    }
  }

  const rates = Object.fromEntries(
    ROUTES.map((route) => {
      const baselineRate = median(
        saturation
          .filter((e) => e.route === route && e.name === 'baseline')
          .map((e) => e.perSecond),
      );

      return [route, Math.max(50, roundTo(baselineRate / 2, 50))];
    }),
  );
  const latency = [];

  for (let round = 0; round < rounds; round += 1) {
    for (const route of ROUTES) {
      for (const name of order(round)) {
        const result = await measureLatency(
          gatewayTarget(origin(gateways[name]), upstream, route),
          {
            rate: rates[route],
            connections: 16,
            warmupMs: WARMUP_MS,
            durationMs: DURATION_MS,
          },
        );

        latency.push({ round, route, name, ...result });
        log(`latency r${round + 1} ${route} ${name}: p50 ${fmt(result.p50Ms, 3)} ms`);
      }
    }
  }

  for (const gateway of Object.values(gateways)) {
    await stopGateway(gateway);
  }

  console.log(render({ builds, starts, saturation, latency, rates }));
}

/** Checks the revision out beside the project and builds it with the project's node_modules. */
function buildBaseline() {
  const commit = execFileSync('git', ['rev-parse', '--short', revision], { cwd: ROOT })
    .toString()
    .trim();

  execFileSync('git', ['worktree', 'add', '--detach', baselineDir, commit], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  symlinkSync(join(ROOT, 'node_modules'), join(baselineDir, 'node_modules'));
  log(`building ${commit} in ${baselineDir}`);
  execFileSync(process.execPath, [join(ROOT, 'node_modules/.bin/nest'), 'build'], {
    cwd: baselineDir,
    stdio: 'inherit',
  });

  return commit;
}

function origin(gateway) {
  return `http://127.0.0.1:${gateway.port}`;
}

/** Saturation with 32 connections, the CPU the gateway spent per request, and its peak RSS. */
async function saturate(gateway, upstream, route) {
  const target = gatewayTarget(origin(gateway), upstream, route);

  await measureSaturation(target, { connections: 32, warmupMs: 0, durationMs: WARMUP_MS });

  const memory = trackPeakRss(gateway.child.pid);
  const cpuBefore = cpuMs(gateway.child.pid);
  const result = await measureSaturation(target, {
    connections: 32,
    warmupMs: 0,
    durationMs: DURATION_MS,
  });
  const cpuUsedMs = cpuMs(gateway.child.pid) - cpuBefore;

  memory.stop();

  return {
    perSecond: result.requestsPerSecond,
    cpuUsPerRequest: (cpuUsedMs * 1000) / result.requests,
    peakRssMb: memory.peakMb,
    failures: result.failures,
  };
}

function render({ builds, starts, saturation, latency, rates }) {
  const of = (results, name, route, field) =>
    results.filter((e) => e.name === name && e.route === route).map((e) => e[field]);
  const rows = [];

  for (const route of ROUTES) {
    for (const name of Object.keys(builds)) {
      const perSecond = of(saturation, name, route, 'perSecond');

      rows.push([
        route,
        builds[name].label,
        fmt(median(perSecond), 0),
        `${fmt(Math.min(...perSecond), 0)}–${fmt(Math.max(...perSecond), 0)}`,
        fmt(median(of(saturation, name, route, 'cpuUsPerRequest')), 0),
        fmt(median(of(latency, name, route, 'p50Ms')), 3),
        fmt(median(of(latency, name, route, 'p99Ms')), 3),
        fmt(Math.max(...of(saturation, name, route, 'peakRssMb')), 1),
      ]);
    }
  }

  const ratio = (results, route, field) =>
    fmt(
      median(of(results, 'current', route, field)) / median(of(results, 'baseline', route, field)),
      2,
    );
  const startFigures = (name, field, digits) =>
    `${fmt(median(starts[name].map((entry) => entry[field])), digits)}`;
  const failures = [...saturation, ...latency].reduce((sum, entry) => sum + entry.failures, 0);

  return [
    `npay-order-gateway before and after: ${rounds} round(s) of ${DURATION_MS / 1000} s after ` +
      `${WARMUP_MS / 1000} s warm-up; latency at ${ROUTES.map((r) => `${r} ${rates[r]}/s`).join(', ')} ` +
      '(half the baseline saturation)',
    '',
    table(
      [
        'route',
        'build',
        'saturation req/s',
        'range',
        'CPU µs/request',
        'p50 ms',
        'p99 ms',
        'peak RSS MB',
      ],
      rows,
    ),
    '',
    ...ROUTES.map(
      (route) =>
        `${route}: working tree / baseline  saturation ${ratio(saturation, route, 'perSecond')}, ` +
        `CPU per request ${ratio(saturation, route, 'cpuUsPerRequest')}, ` +
        `p50 ${ratio(latency, route, 'p50Ms')}, p99 ${ratio(latency, route, 'p99Ms')}`,
    ),
    ...Object.keys(builds).map(
      (name) =>
        `${builds[name].label}: start to ready ${startFigures(name, 'readyMs', 0)} ms, idle RSS ` +
        `${startFigures(name, 'idleRssMb', 1)} MB (medians of ${STARTS_PER_BUILD} starts)`,
    ),
    `failed or unexpected answers: ${failures}`,
  ].join('\n');
}

function log(message) {
  console.error(`[compare] ${message}`);
}

function parseOptions(argv) {
  const parsed = { rounds: 3 };

  for (const argument of argv) {
    if (argument.startsWith('--rounds=')) {
      parsed.rounds = Number(argument.slice('--rounds='.length));
    } else if (!argument.startsWith('--') && parsed.revision === undefined) {
      parsed.revision = argument;
    } else {
      throw new Error(`Unknown option ${argument}; see the README's Performance section`);
    }
  }

  if (parsed.revision === undefined) {
    throw new Error('Name the baseline: npm run bench:compare -- <git revision>');
  }

  return parsed;
}
