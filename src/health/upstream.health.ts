import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';

import { NPAY_CONNECTION, NpayConnection } from '../npay/npay-connection';
import { NpayTokenService } from '../npay/npay-token.service';

/**
 * Ready means the gateway holds, or can get, an upstream token: without one no call can succeed.
 * The token is cached, so a probe costs an upstream call only when none is held.
 */
@Injectable()
export class UpstreamHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly tokens: NpayTokenService,
    @Inject(NPAY_CONNECTION) private readonly connection: NpayConnection,
  ) {}

  async isReady(key: string) {
    const indicator = this.indicators.check(key);

    try {
      await this.tokens.getAccessToken();

      return indicator.up({ mode: this.connection.mode });
    } catch (error) {
      // The problem's code says why (timeout, refused credentials…) without any secret.
      const code = (error as { problem?: { code?: string } }).problem?.code ?? 'UNKNOWN';

      return indicator.down({ mode: this.connection.mode, reason: code });
    }
  }
}
