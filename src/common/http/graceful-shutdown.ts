import type { Server } from 'node:http';

import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationShutdown,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';

import { NPAY_CONNECTION, NpayConnection } from '../../npay/npay-connection';

/** Time beyond the request deadline for a request in progress to be answered and sent. */
const ANSWER_MARGIN_MS = 2_000;

/**
 * Bounds a graceful stop. On SIGTERM the listener stops accepting at once and the server waits
 * for the connections that still have a request in progress; a caller that sent its headers but
 * never its whole body would keep that wait, and the process, alive indefinitely. Every request
 * that reached a handler ends within the request deadline, so once that much time (and a margin
 * to send the answer) has passed, whatever connection is left is closed.
 */
@Injectable()
export class GracefulShutdown implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(GracefulShutdown.name);
  private closeLeftovers?: NodeJS.Timeout;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(NPAY_CONNECTION) private readonly connection: NpayConnection,
  ) {}

  /** Runs before the server is closed. */
  beforeApplicationShutdown(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    const graceMs = this.connection.requestDeadlineMs + ANSWER_MARGIN_MS;

    if (server === undefined) {
      return;
    }

    this.closeLeftovers = setTimeout(() => {
      this.logger.warn({ graceMs }, 'Closing connections still open after the shutdown grace');
      server.closeAllConnections();
    }, graceMs);
  }

  /** Runs once the server has closed, whether every connection ended by itself or not. */
  onApplicationShutdown(): void {
    clearTimeout(this.closeLeftovers);
  }
}
