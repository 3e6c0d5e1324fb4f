import { ConfigService } from '@nestjs/config';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { DestinationStream } from 'pino';

import { AppModule } from '../../src/app.module';
import { configureApp, createFastifyAdapter, GATEWAY_APP_OPTIONS } from '../../src/bootstrap';
import { LOG_DESTINATION } from '../../src/common/logging/log-destination';
import { CLOCK, Clock } from '../../src/common/time/clock';
import { GatewayEnvironment } from '../../src/config/gateway.config';
import { NPAY_CONNECTION, NpayConnection } from '../../src/npay/npay-connection';
import { resolveConnection } from '../../src/npay/npay.module';
import { EmbeddedSandbox, SandboxOptions } from '../../src/sandbox/embedded-sandbox';
import { SANDBOX_OPTIONS, SandboxHost } from '../../src/sandbox/sandbox-host.service';

/** A clock both the gateway and its sandbox read, moved forward by tests. */
export class TestClock implements Clock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export interface GatewayHarness {
  app: NestFastifyApplication;
  /** Base URL of the listening gateway, e.g. http://127.0.0.1:41234 */
  url: string;
  sandbox: EmbeddedSandbox;
  clock: TestClock;
  close(): Promise<void>;
}

export interface GatewayOptions {
  sandbox?: SandboxOptions;
  /** Settings to change from what the environment gives, e.g. a short deadline. */
  connection?: Partial<NpayConnection>;
  /** Receives the gateway's log lines instead of standard output. */
  logDestination?: DestinationStream;
}

/**
 * The whole gateway, as `npm start` builds it, in sandbox mode and listening on a free loopback
 * port, so tests go over real HTTP to it and from it to the sandbox.
 */
export async function startGateway(options: GatewayOptions = {}): Promise<GatewayHarness> {
  const clock = new TestClock();
  const builder = Test.createTestingModule({ imports: [AppModule] });

  if (options.logDestination !== undefined) {
    builder.overrideProvider(LOG_DESTINATION).useValue(options.logDestination);
  }

  const moduleRef = await builder
    .overrideProvider(CLOCK)
    .useValue(clock)
    .overrideProvider(SANDBOX_OPTIONS)
    .useValue({ now: () => clock.now(), ...options.sandbox })
    .overrideProvider(NPAY_CONNECTION)
    .useFactory({
      inject: [ConfigService, SandboxHost],
      factory: async (config: ConfigService<GatewayEnvironment, true>, host: SandboxHost) => ({
        ...(await resolveConnection(config, host)),
        ...options.connection,
      }),
    })
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(), {
    ...GATEWAY_APP_OPTIONS,
    logger: false,
  });

  configureApp(app);
  await app.listen(0, '127.0.0.1');

  const address = app.getHttpServer().address() as { port: number };

  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    sandbox: app.get(SandboxHost).sandbox,
    clock,
    close: () => app.close(),
  };
}
