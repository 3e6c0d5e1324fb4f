import { connect, Socket } from 'node:net';

import request from 'supertest';

import { GatewayHarness, startGateway } from './support/gateway-harness';

/**
 * A graceful stop: requests in progress are answered, and a connection that would never end
 * (a caller that sent its headers but not its whole body) cannot keep the process alive past
 * the request deadline and a short margin.
 */
describe('stopping the gateway', () => {
  let gateway: GatewayHarness;

  beforeEach(async () => {
    gateway = await startGateway({ connection: { requestDeadlineMs: 500 } });
  });

  const openStalledBody = (): Promise<Socket> =>
    new Promise((resolve) => {
      const { port } = new URL(gateway.url);
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          'POST /v1/product-orders/confirm HTTP/1.1\r\nhost: gateway\r\n' +
            'content-type: application/json\r\ncontent-length: 100\r\n\r\n{"prod',
        );
        // Long enough for the server to have read the headers and be waiting for the body.
        setTimeout(() => resolve(socket), 200);
      });
    });

  it('closes a connection whose body never arrives, shortly after the request deadline', async () => {
    const stalled = await openStalledBody();
    const socketClosed = new Promise<void>((resolve) => stalled.once('close', () => resolve()));
    const giveUp = new Promise<void>((resolve) => setTimeout(resolve, 8_000));

    stalled.on('error', () => undefined);

    const startedAt = performance.now();

    try {
      await Promise.race([Promise.all([gateway.close(), socketClosed]), giveUp]);
    } finally {
      // Were the bound missing, this is what would let the server close.
      stalled.destroy();
    }

    const elapsedMs = performance.now() - startedAt;

    // The deadline (500 ms) and the margin to answer (2 s); without the bound it never ends.
    expect(elapsedMs).toBeGreaterThanOrEqual(2_000);
    expect(elapsedMs).toBeLessThan(6_000);
  });

  it('answers a request in progress before it stops', async () => {
    gateway.sandbox.faults.inject('getLastChangedStatuses', { kind: 'latency', delayMs: 300 });

    const inProgress = request(gateway.url).get(
      '/v1/product-orders/last-changed-statuses?lastChangedFrom=' +
        encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString()),
    );
    const answered = inProgress.then((response) => response.status);

    await new Promise((resolve) => setTimeout(resolve, 100));

    const startedAt = performance.now();

    await gateway.close();

    expect(await answered).toBe(200);
    // It waited for that answer, not for the grace.
    expect(performance.now() - startedAt).toBeLessThan(2_000);
  });
});
