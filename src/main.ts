// First, before anything that needs a newer Node than the machine's may be.
import './node-version';
// Next, so that every module loaded after it is compiled from the cache.
import './compile-cache';

import { NestFactory } from '@nestjs/core';
import { ConfigService } from '@nestjs/config';
import { NestFastifyApplication } from '@nestjs/platform-fastify';

import { configureApp, createFastifyAdapter, GATEWAY_APP_OPTIONS } from './bootstrap';
import {
  GatewayEnvironment,
  InvalidEnvironmentError,
  validateEnvironment,
} from './config/gateway.config';
import { exitWithFatalLine } from './fatal-line';

async function bootstrap(): Promise<void> {
  // Checked before the application module loads (its ConfigModule validates on import), so a
  // bad variable ends start-up as one JSON log line instead of a stack trace.
  try {
    validateEnvironment(process.env);
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) {
      throw error;
    }

    exitWithFatalLine(error.message.replace(':\n', ': ').replace(/\n/g, '; '));
  }

  const { AppModule } = await import('./app.module');
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createFastifyAdapter(), {
    ...GATEWAY_APP_OPTIONS,
    bufferLogs: true,
  });

  configureApp(app);

  const config = app.get(ConfigService<GatewayEnvironment, true>);

  await app.listen(config.get('PORT', { infer: true }), config.get('HOST', { infer: true }));
}

bootstrap().catch((error: unknown) => {
  const code = (error as { code?: unknown })?.code;

  exitWithFatalLine(
    code === 'EADDRINUSE'
      ? 'The port is in use by another process: set PORT to a free one'
      : 'The gateway could not start',
    error,
  );
});
