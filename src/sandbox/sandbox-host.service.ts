import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';

// Types only: the sandbox's code (its store, generator, routes and server, some 50 modules) is
// loaded by start(), so a gateway with upstream credentials never loads it. Importing it here
// would cost every production start-up its load time and memory.
import type { EmbeddedSandbox, SandboxOptions } from './embedded-sandbox';

export const SANDBOX_OPTIONS = Symbol('SANDBOX_OPTIONS');

/**
 * Starts the embedded sandbox on demand (only in sandbox mode) and stops it with the
 * application. Tests reach the running sandbox through `sandbox` to read what it received.
 */
@Injectable()
export class SandboxHost implements OnApplicationShutdown {
  private readonly logger = new Logger(SandboxHost.name);
  private running?: EmbeddedSandbox;

  constructor(@Inject(SANDBOX_OPTIONS) private readonly options: SandboxOptions) {}

  get sandbox(): EmbeddedSandbox {
    if (this.running === undefined) {
      throw new Error('The embedded sandbox is not running: the gateway has upstream credentials');
    }

    return this.running;
  }

  async start(): Promise<EmbeddedSandbox> {
    const { startEmbeddedSandbox } = await import('./embedded-sandbox');

    this.running ??= await startEmbeddedSandbox(this.options);
    this.logger.log(
      { sandboxBaseUrl: this.running.baseUrl },
      'Sandbox mode: NPAY_CLIENT_ID is not set, so the gateway calls its embedded sandbox',
    );

    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.running?.close();
    this.running = undefined;
  }
}
