// The processes of the benchmarks (run.mjs, compare.mjs): the upstream, the gateway as
// `npm start` runs it, each pinned to its core, and what the load generator sends the gateway.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { freePort, rssMb, waitForHttp, waitUntil } from './processes.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const NODE = process.execPath;
const DIST_DIR = join(ROOT, 'dist');
/** The gateway runs with the node flags of `npm start`, e.g. its V8 heap settings. */
const START_NODE_FLAGS = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  .scripts.start.split(' ')
  .filter((word) => word.startsWith('--'));

/** Keeps the servers under test off the load generator's core when there are two or more. */
export const cores =
  availableParallelism() >= 2 ? { load: '0', server: '1' } : { load: undefined, server: undefined };
const children = [];

export function pinnedCommand(core, command, args) {
  return core === undefined ? [command, args] : ['taskset', ['-c', core, command, ...args]];
}

export function launch(core, command, args, spawnOptions = {}) {
  const [file, argv] = pinnedCommand(core, command, args);
  const child = spawn(file, argv, {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    ...spawnOptions,
  });

  children.push(child);

  return child;
}

/** Runs `main`, then stops every process started here and runs `cleanUp`, even on Ctrl-C. */
export async function runWithServers(main, cleanUp) {
  process.on('SIGINT', () => {
    stopAll();
    cleanUp();
    process.exit(130);
  });

  try {
    await main();
  } finally {
    stopAll();
    cleanUp();
  }
}

export function stopAll() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
    }
  }
}

/** The generator runs in this process, on the first core (the upstream shares it). */
export function pinSelf() {
  if (cores.load !== undefined) {
    execFileSync('taskset', ['-a', '-cp', cores.load, String(process.pid)], { stdio: 'ignore' });
  }
}

export async function startUpstream(mode = 'fixed') {
  const child = launch(cores.load, NODE, [join(ROOT, 'bench/upstream.mjs'), mode], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await nextMessage(child, 'ready', 30_000);

  return {
    ...ready,
    origin: new URL(ready.baseUrl).origin,
    control: async (type) => {
      child.send({ type });

      return nextMessage(child, type, 10_000);
    },
  };
}

export function nextMessage(child, type, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`No '${type}' from ${child.spawnfile}`)),
      timeoutMs,
    );
    const onMessage = (message) => {
      if (message.type === type) {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message);
      }
    };

    const onExit = (code) => reject(new Error(`${child.spawnfile} exited (${code})`));

    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** The production build, as `npm start` runs it, with JSON logs at info going to a file. */
/**
 * The built gateway as `npm start` runs it, with upstream credentials (so no sandbox of its
 * own), JSON logs at `info` going to `logFile`; `env` adds or replaces settings.
 */
export async function startGateway(
  upstream,
  { logFile, profile = false, distDir = DIST_DIR, env = {} },
) {
  const port = await freePort();
  const logFd = openSync(logFile, 'a');
  const nodeFlags = [
    ...START_NODE_FLAGS,
    ...(profile
      ? [
          '--cpu-prof',
          `--cpu-prof-dir=${join(ROOT, 'bench/profiles')}`,
          '--require',
          join(ROOT, 'bench/exit-on-signal.cjs'),
        ]
      : []),
  ];

  if (profile) {
    mkdirSync(join(ROOT, 'bench/profiles'), { recursive: true });
  }

  const spawnedAt = performance.now();
  const child = launch(cores.server, NODE, [...nodeFlags, join(distDir, 'main.js')], {
    stdio: ['ignore', logFd, logFd],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      NPAY_CLIENT_ID: upstream.clientId,
      NPAY_CLIENT_SECRET: upstream.clientSecret,
      NPAY_BASE_URL: upstream.baseUrl,
      // The sandbox states no rate limit; the default pace of 10/s would measure the queue.
      NPAY_RATE_LIMIT_PER_SECOND: '0',
      ...env,
    },
  });

  closeSync(logFd);
  await waitForHttp(`http://127.0.0.1:${port}/health/live`);

  return { child, port, readyMs: performance.now() - spawnedAt };
}

export async function stopGateway(gateway) {
  const exited = new Promise((resolve) => gateway.child.once('exit', resolve));

  gateway.child.kill('SIGTERM');
  await exited;
}

export async function waitForPort(port, timeoutMs = 10_000) {
  await waitUntil(
    () =>
      new Promise((resolve) => {
        const socket = createConnection(port, () => {
          socket.end();
          resolve(true);
        });

        socket.once('error', () => resolve(false));
      }),
    timeoutMs,
    `port ${port}`,
  );
}

export function trackPeakRss(pid) {
  let peakMb = rssMb(pid);
  const timer = setInterval(() => {
    peakMb = Math.max(peakMb, rssMb(pid));
  }, 250);

  return {
    get peakMb() {
      return peakMb;
    },
    stop: () => clearInterval(timer),
  };
}

/** The gateway's own requests for the same upstream work; its dispatch answers 207 (refused). */
export function gatewayTarget(origin, upstream, route) {
  const body =
    route === 'query'
      ? { productOrderIds: upstream.queryIds }
      : {
          dispatchProductOrders: upstream.dispatchIds.map((productOrderId) => ({
            productOrderId,
            deliveryMethod: 'DELIVERY',
            deliveryCompanyCode: 'CJGLS',
            trackingNumber: '640012345678',
            dispatchDate: upstream.dispatchDate,
          })),
        };

  return {
    origin,
    method: 'POST',
    path: `/v1/product-orders/${route}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    expectStatus: route === 'query' ? 200 : 207,
  };
}
