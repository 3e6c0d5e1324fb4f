import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import { GatewayEnvironment } from '../config/gateway.config';
import type { SandboxOptions } from './embedded-sandbox';
import { SANDBOX_OPTIONS, SandboxHost } from './sandbox-host.service';

/**
 * `npm start` in sandbox mode plays the upstream's rate limit by default, at a rate no single
 * gateway process reaches on one API (SANDBOX_RATE_LIMIT_PER_SECOND, 10,000 a second). Its
 * headers then come with every answer as they do from the real upstream, so the gateway learns
 * the limit from them as it would in production, instead of pacing at its cautious default for
 * an upstream that states none (NPAY_RATE_LIMIT_PER_SECOND) and throttling a local benchmark.
 * To see throttling by hand, start with a small rate, e.g. SANDBOX_RATE_LIMIT_PER_SECOND=2.
 */
@Module({
  providers: [
    SandboxHost,
    {
      provide: SANDBOX_OPTIONS,
      inject: [ConfigService],
      useFactory: (config: ConfigService<GatewayEnvironment, true>): SandboxOptions => {
        const perSecond = config.get('SANDBOX_RATE_LIMIT_PER_SECOND', { infer: true });

        return perSecond > 0 ? { rateLimit: { perSecond } } : {};
      },
    },
  ],
  exports: [SandboxHost],
})
export class SandboxModule {}
