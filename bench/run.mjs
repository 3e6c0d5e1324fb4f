// `npm run bench [-- --quick] [-- --rounds=N --upstream=fixed|sandbox --rate=N --profile]`
//
// Measures the gateway against three other arms on this machine, all in front of the same
// upstream: direct (the load generator calls the upstream itself), nginx, and a bare Fastify
// passthrough; then start-up time, memory, token calls on a cold start and upstream connection
// reuse. The method is in the README's Performance section.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { fmt, median, roundTo, table } from './figures.mjs';
import { burst, measureLatency, measureSaturation } from './load.mjs';
import { freePort, rssMb } from './processes.mjs';
import {
  cores,
  gatewayTarget,
  launch,
  NODE,
  pinSelf,
  ROOT,
  runWithServers,
  startGateway,
  startUpstream,
  stopGateway,
  trackPeakRss,
  waitForPort,
} from './servers.mjs';

const COLD_START_REQUESTS = 1_000;
const ROUTES = ['query', 'dispatch'];
const ARM_NAMES = ['direct', 'nginx', 'bare', 'gateway'];

const options = parseOptions(process.argv.slice(2));
const settings = options.quick
  ? { rounds: 1, warmupMs: 1_000, durationMs: 3_000, coldStarts: 1 }
  : { rounds: 3, warmupMs: 2_000, durationMs: 5_000, coldStarts: 3 };

settings.rounds = options.rounds ?? settings.rounds;

const workDir = mkdtempSync(join(tmpdir(), 'npay-bench-'));
const gatewayLog = join(workDir, 'gateway.log');

await runWithServers(main, () => rmSync(workDir, { recursive: true, force: true }));

async function main() {
  ensureNginx();
  pinSelf();

  const upstream = await startUpstream(options.upstream);
  const nginxPort = await startNginx(upstream.origin);
  const passthroughPort = await startPassthrough(upstream.origin);

  // Cold starts come first, each from a fresh gateway process, before anything is warm.
  const coldStarts = [];

  for (let index = 0; index < settings.coldStarts; index += 1) {
    coldStarts.push(await coldStart(upstream));
  }

  const gateway = await startGateway(upstream, { logFile: gatewayLog, profile: options.profile });
  const idleRssMb = rssMb(gateway.child.pid);
  const arms = buildArms(upstream, { nginxPort, passthroughPort, gatewayPort: gateway.port });
  const memory = trackPeakRss(gateway.child.pid);

  log(
    `upstream: ${upstream.mode}; query answer ${upstream.responseBytes.query} B, ` +
      `dispatch answer ${upstream.responseBytes.dispatch} B`,
  );

  const saturation = await runSaturation(arms);
  const rates = {};

  for (const route of ROUTES) {
    rates[route] =
      options.rate ?? Math.max(50, roundTo(median(valuesOf(saturation, route, 'gateway')) / 2, 50));
  }

  const latency = await runLatency(arms, rates, upstream);

  memory.stop();

  const report = {
    settings: { ...settings, upstream: upstream.mode, rates, cores },
    saturation,
    latency,
    coldStarts,
    gatewayRssMb: { idle: idleRssMb, peakUnderLoad: memory.peakMb },
  };

  if (options.json !== undefined) {
    writeFileSync(options.json, JSON.stringify(report, null, 2));
  }

  await stopGateway(gateway);
  console.log(renderReport(report));
}

function buildArms(upstream, ports) {
  const upstreamPath = new URL(upstream.baseUrl).pathname;
  const upstreamHeaders = {
    authorization: `Bearer ${upstream.token}`,
    'content-type': 'application/json',
  };
  const upstreamTarget = (origin, route) => ({
    origin,
    method: 'POST',
    path: `${upstreamPath}/v1/pay-order/mall/product-orders/${route}`,
    headers: upstreamHeaders,
    body: upstream.upstreamBodies[route],
    expectStatus: 200,
  });
  const gatewayOrigin = `http://127.0.0.1:${ports.gatewayPort}`;

  return {
    direct: (route) => upstreamTarget(upstream.origin, route),
    nginx: (route) => upstreamTarget(`http://127.0.0.1:${ports.nginxPort}`, route),
    bare: (route) => upstreamTarget(`http://127.0.0.1:${ports.passthroughPort}`, route),
    gateway: (route) => gatewayTarget(gatewayOrigin, upstream, route),
  };
}

/** Arms take turns, their order rotating each round, so drifting machine load hits all alike. */
function* interleaved() {
  for (let round = 0; round < settings.rounds; round += 1) {
    for (const route of ROUTES) {
      for (let turn = 0; turn < ARM_NAMES.length; turn += 1) {
        yield { round, route, arm: ARM_NAMES[(turn + round) % ARM_NAMES.length] };
      }
    }
  }
}

async function runSaturation(arms) {
  const results = [];

  for (const { round, route, arm } of interleaved()) {
    const result = await measureSaturation(arms[arm](route), {
      connections: 32,
      warmupMs: settings.warmupMs,
      durationMs: settings.durationMs,
    });

    log(`saturation r${round + 1} ${route} ${arm}: ${Math.round(result.requestsPerSecond)} req/s`);
    results.push({ round, route, arm, ...result });
  }

  return results;
}

async function runLatency(arms, rates, upstream) {
  const results = [];

  for (const { round, route, arm } of interleaved()) {
    const result = await measureLatency(arms[arm](route), {
      rate: rates[route],
      connections: 16,
      warmupMs: settings.warmupMs,
      durationMs: settings.durationMs,
      beforeMeasuring: () => upstream.control('reset'),
    });
    const { connections } = await upstream.control('stats');

    log(
      `latency r${round + 1} ${route} ${arm} @${rates[route]}/s: ` +
        `p50 ${result.p50Ms.toFixed(3)} ms, p99 ${result.p99Ms.toFixed(3)} ms`,
    );
    results.push({
      round,
      route,
      arm,
      ...result,
      upstreamConnectionsPer1000: (connections / result.requests) * 1000,
    });
  }

  return results;
}

/**
 * A fresh gateway: the time from spawning it to its first answer, then 1,000 requests at once
 * while it has no token yet, counting the token calls and connections the upstream saw.
 */
async function coldStart(upstream) {
  await upstream.control('reset');

  const gateway = await startGateway(upstream, { logFile: gatewayLog });
  const result = await burst(
    gatewayTarget(`http://127.0.0.1:${gateway.port}`, upstream, 'query'),
    COLD_START_REQUESTS,
  );
  const stats = await upstream.control('stats');

  await stopGateway(gateway);
  log(
    `cold start: ready in ${gateway.readyMs.toFixed(0)} ms; ` +
      `${result.answered}/${COLD_START_REQUESTS} answered; ${stats.tokenCalls} token call(s); ` +
      `${stats.connections} upstream connections`,
  );

  return {
    readyMs: gateway.readyMs,
    answered: result.answered,
    tokenCalls: stats.tokenCalls,
    upstreamConnections: stats.connections,
  };
}

// ---------------------------------------------------------------- processes

function ensureNginx() {
  if (spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0) {
    return;
  }

  log('nginx is missing: installing it from Debian packages');

  const install = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y nginx'], {
    stdio: 'inherit',
  });

  if (install.status !== 0) {
    throw new Error('Installing nginx failed (apt-get update && apt-get install -y nginx)');
  }
}

async function startNginx(upstreamOrigin) {
  const port = await freePort();
  const conf = join(workDir, 'nginx.conf');

  writeFileSync(conf, nginxConfig(port, new URL(upstreamOrigin).host));
  launch(cores.server, 'nginx', [
    '-p',
    workDir,
    '-c',
    conf,
    '-e',
    join(workDir, 'nginx-error.log'),
  ]);
  await waitForPort(port);

  return port;
}

/** One worker like one Node process; upstream connections kept alive and never retired early. */
function nginxConfig(port, upstreamHost) {
  return `
worker_processes 1;
daemon off;
pid ${workDir}/nginx.pid;
error_log ${workDir}/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 1000000;
  keepalive_timeout 75s;
  client_body_temp_path ${workDir}/nginx-body;
  proxy_temp_path ${workDir}/nginx-proxy;
  fastcgi_temp_path ${workDir}/nginx-fastcgi;
  uwsgi_temp_path ${workDir}/nginx-uwsgi;
  scgi_temp_path ${workDir}/nginx-scgi;
  upstream npay {
    server ${upstreamHost};
    keepalive 64;
    keepalive_requests 1000000;
    keepalive_timeout 60s;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://npay;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
`;
}

async function startPassthrough(upstreamOrigin) {
  const port = await freePort();

  launch(cores.server, NODE, [join(ROOT, 'bench/passthrough.mjs'), String(port), upstreamOrigin]);
  await waitForPort(port);

  return port;
}

// ---------------------------------------------------------------- report

function renderReport(report) {
  const { saturation, latency, coldStarts, gatewayRssMb, settings: used } = report;
  const lines = [];
  const header = [
    'route',
    'arm',
    'saturation req/s',
    'sat. range',
    'p50 ms',
    'p99 ms',
    'p50 over direct',
    'p99 over direct',
    'upstream conns/1k',
  ];
  const rows = [];

  for (const route of ROUTES) {
    for (const arm of ARM_NAMES) {
      const sat = valuesOf(saturation, route, arm);
      const lat = latency.filter((entry) => entry.route === route && entry.arm === arm);

      rows.push([
        route,
        arm,
        fmt(median(sat), 0),
        `${fmt(Math.min(...sat), 0)}–${fmt(Math.max(...sat), 0)}`,
        fmt(median(lat.map((entry) => entry.p50Ms)), 3),
        fmt(median(lat.map((entry) => entry.p99Ms)), 3),
        arm === 'direct' ? '' : overhead(latency, route, arm, 'p50Ms'),
        arm === 'direct' ? '' : overhead(latency, route, arm, 'p99Ms'),
        fmt(median(lat.map((entry) => entry.upstreamConnectionsPer1000)), 2),
      ]);
    }
  }

  lines.push(
    `npay-order-gateway benchmark: ${used.rounds} round(s) of ${used.durationMs / 1000} s ` +
      `per arm after ${used.warmupMs / 1000} s warm-up; upstream ${used.upstream}; ` +
      `fixed rate ${ROUTES.map((route) => `${route} ${used.rates[route]}/s`).join(', ')}; ` +
      `load generator and upstream on core ${used.cores.load ?? 'any'}, ` +
      `servers on core ${used.cores.server ?? 'any'}`,
    '',
    table(header, rows),
    '',
  );

  for (const route of ROUTES) {
    const gatewaySat = median(valuesOf(saturation, route, 'gateway'));
    const ratio = (arm, field) => {
      const of = (name) =>
        median(latency.filter((e) => e.route === route && e.arm === name).map((e) => e[field]));

      return fmt(of('gateway') / of(arm), 2);
    };

    const against = (arm) =>
      `gateway / ${arm}  saturation ` +
      `${fmt(gatewaySat / median(valuesOf(saturation, route, arm)), 2)}, ` +
      `p50 ${ratio(arm, 'p50Ms')}×, p99 ${ratio(arm, 'p99Ms')}×`;

    lines.push(`${route}: ${against('bare')}; ${against('nginx')}`);
  }

  const failures =
    saturation.reduce((sum, entry) => sum + entry.failures, 0) +
    latency.reduce((sum, entry) => sum + entry.failures, 0);
  const lateSends = latency.reduce((sum, entry) => sum + entry.lateSends, 0);
  const coldStartsOf = (field) => coldStarts.map((entry) => entry[field]).join(', ');

  lines.push(
    `gateway start to ready: ${coldStarts.map((entry) => fmt(entry.readyMs, 0)).join(', ')} ms`,
    `gateway RSS: idle ${fmt(gatewayRssMb.idle, 1)} MB, ` +
      `peak under load ${fmt(gatewayRssMb.peakUnderLoad, 1)} MB`,
    `cold start with ${COLD_START_REQUESTS} concurrent requests: ` +
      `token calls ${coldStartsOf('tokenCalls')}; answered ${coldStartsOf('answered')}; ` +
      `upstream connections opened ${coldStartsOf('upstreamConnections')}`,
    `failed or unexpected answers: ${failures}; ` +
      `latency sends more than 2 ms late (generator lag): ${lateSends}`,
    '',
    targets(report).join('\n'),
  );

  return lines.join('\n');
}

function targets({ saturation, latency, coldStarts, gatewayRssMb }) {
  const lines = ['targets:'];
  const check = (met, text) => lines.push(`  [${met ? 'met' : 'NOT met'}] ${text}`);

  for (const route of ROUTES) {
    const p50 = overheadValue(latency, route, 'gateway', 'p50Ms');
    const p99 = overheadValue(latency, route, 'gateway', 'p99Ms');
    const satRatio =
      median(valuesOf(saturation, route, 'gateway')) / median(valuesOf(saturation, route, 'bare'));

    check(p50 <= 0.5, `${route}: added p50 ${fmt(p50, 3)} ms ≤ 0.5 ms`);
    check(p99 <= 2, `${route}: added p99 ${fmt(p99, 3)} ms ≤ 2 ms`);
    check(
      satRatio >= 0.8,
      `${route}: saturation ${fmt(satRatio * 100, 0)}% of bare passthrough ≥ 80%`,
    );
  }

  const slowestReady = Math.max(...coldStarts.map((entry) => entry.readyMs));

  check(slowestReady < 1000, `start to ready ${fmt(slowestReady, 0)} ms < 1 s (slowest start)`);
  check(
    gatewayRssMb.peakUnderLoad < 150,
    `peak RSS under load ${fmt(gatewayRssMb.peakUnderLoad, 1)} MB < 150 MB`,
  );
  check(
    coldStarts.every((entry) => entry.tokenCalls === 1 && entry.answered === COLD_START_REQUESTS),
    `exactly 1 token call on each cold start with ${COLD_START_REQUESTS} concurrent requests, ` +
      'all answered',
  );

  return lines;
}

/** The median over rounds of the arm's figure less direct's in the same round. */
function overheadValue(latency, route, arm, field) {
  const differences = [];

  for (let round = 0; round < settings.rounds; round += 1) {
    const of = (name) =>
      latency.find((e) => e.round === round && e.route === route && e.arm === name)?.[field];

    differences.push(of(arm) - of('direct'));
  }

  return median(differences);
}

function overhead(latency, route, arm, field) {
  const value = overheadValue(latency, route, arm, field);

  return `${value >= 0 ? '+' : ''}${fmt(value, 3)}`;
}

function valuesOf(results, route, arm) {
  return results
    .filter((entry) => entry.route === route && entry.arm === arm)
    .map((entry) => entry.requestsPerSecond);
}

function log(message) {
  console.error(`[bench] ${message}`);
}

function parseOptions(argv) {
  const parsed = {};

  for (const argument of argv) {
    const [name, value] = argument.replace(/^--/, '').split('=');

    if (name === 'quick' || name === 'profile') {
      parsed[name] = true;
    } else if (name === 'rounds' || name === 'rate') {
      parsed[name] = Number(value);
    } else if (name === 'upstream' || name === 'json') {
      parsed[name] = value;
    } else {
      throw new Error(`Unknown option ${argument}; see the README's Performance section`);
    }
  }

  return parsed;
}
