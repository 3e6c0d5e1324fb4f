// First, so that every module loaded after it is compiled from the cache.
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

async function bootstrap(): Promise<void> {
  // Checked before the application module loads (its ConfigModule validates on import), so a
  // bad variable ends start-up as one JSON log line instead of a stack trace.
  try {
    validateEnvironment(process.env);
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) {
      throw error;
    }

    process.stderr.write(
      JSON.stringify({
        level: 60,
        time: Date.now(),
        msg: error.message.replace(':\n', ': ').replace(/\n/g, '; '),
      }) + '\n',
    );
    process.exit(1);
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

void bootstrap();
