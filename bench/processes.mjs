// Small helpers for the scripts that start servers and watch them (run.mjs, soak.mjs).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();

    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();

      server.close(() => resolve(port));
    });
  });
}

export async function waitForHttp(url, timeoutMs = 20_000) {
  await waitUntil(
    () =>
      fetch(url).then(
        (response) => response.ok,
        () => false,
      ),
    timeoutMs,
    url,
  );
}

export async function waitUntil(probe, timeoutMs, what) {
  const giveUpAt = Date.now() + timeoutMs;

  while (!(await probe())) {
    if (Date.now() > giveUpAt) {
      throw new Error(`Timed out waiting for ${what}`);
    }

    await sleep(5);
  }
}

export function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');

  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

/** CPU time (user and system) a process has used so far, from /proc (Linux, 100 ticks a second). */
export function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');

  return (Number(fields[11]) + Number(fields[12])) * 10;
}
