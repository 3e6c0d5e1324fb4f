import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import { CLOCK, systemClock } from '../common/time/clock';
import { GatewayEnvironment } from '../config/gateway.config';
import { SandboxHost } from '../sandbox/sandbox-host.service';
import { SandboxModule } from '../sandbox/sandbox.module';
import { NpayClient } from './npay-client.service';
import { NPAY_CONNECTION, NpayConnection } from './npay-connection';
import { NpayTokenService } from './npay-token.service';
import { UpstreamHttp } from './upstream-http';
import { ProductOrderWrites } from './writes/product-order-writes.service';

/** Upstream credentials when configured, otherwise the embedded sandbox's. */
export async function resolveConnection(
  config: ConfigService<GatewayEnvironment, true>,
  sandboxHost: SandboxHost,
): Promise<NpayConnection> {
  const clientId = config.get('NPAY_CLIENT_ID', { infer: true });
  const shared = {
    tokenType: config.get('NPAY_TOKEN_TYPE', { infer: true }),
    accountId: config.get('NPAY_ACCOUNT_ID', { infer: true }),
    timeoutMs: config.get('NPAY_TIMEOUT_MS', { infer: true }),
    tokenExpiryMarginSeconds: config.get('NPAY_TOKEN_EXPIRY_MARGIN_SECONDS', { infer: true }),
    requestDeadlineMs: config.get('REQUEST_DEADLINE_MS', { infer: true }),
    maxAttempts: config.get('NPAY_MAX_ATTEMPTS', { infer: true }),
    defaultRateLimitPerSecond: config.get('NPAY_RATE_LIMIT_PER_SECOND', { infer: true }),
    credentialsCooldownSeconds: config.get('NPAY_CREDENTIALS_COOLDOWN_SECONDS', { infer: true }),
    breakerHalfOpenAfterMs: config.get('NPAY_BREAKER_HALF_OPEN_AFTER_MS', { infer: true }),
  };

  if (clientId !== undefined) {
    return {
      ...shared,
      mode: 'upstream',
      baseUrl: config.get('NPAY_BASE_URL', { infer: true }) as string,
      clientId,
      clientSecret: config.get('NPAY_CLIENT_SECRET', { infer: true }) as string,
    };
  }

  const sandbox = await sandboxHost.start();

  return {
    ...shared,
    mode: 'sandbox',
    baseUrl: sandbox.baseUrl,
    clientId: sandbox.credentials.clientId,
    clientSecret: sandbox.credentials.clientSecret,
  };
}

@Module({
  imports: [SandboxModule],
  providers: [
    // Keep-alive on the upstream leg: a new TLS handshake per call would cost more than the call.
    UpstreamHttp,
    NpayClient,
    NpayTokenService,
    ProductOrderWrites,
    { provide: CLOCK, useValue: systemClock },
    {
      provide: NPAY_CONNECTION,
      inject: [ConfigService, SandboxHost],
      useFactory: resolveConnection,
    },
  ],
  exports: [NpayClient, NpayTokenService, ProductOrderWrites, NPAY_CONNECTION],
})
export class NpayModule {}
