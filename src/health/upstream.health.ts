import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';

import { NPAY_CONNECTION, NpayConnection } from '../npay/npay-connection';
import { NpayClient } from '../npay/npay-client.service';
import { NpayTokenService } from '../npay/npay-token.service';

/**
 * Ready means the gateway holds, or can get, an upstream token: without one no call can succeed.
 * The token is cached, so a probe costs an upstream call only when none is held. The circuit
 * breakers' states are shown, but an open one doesn't make a replica unready: every replica
 * shares the upstream, so taking them out of the load balancer would help no one.
 */
@Injectable()
export class UpstreamHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly tokens: NpayTokenService,
    private readonly client: NpayClient,
    @Inject(NPAY_CONNECTION) private readonly connection: NpayConnection,
  ) {}

  async isReady(key: string) {
    const indicator = this.indicators.check(key);

    try {
      await this.tokens.getAccessToken();

      return indicator.up({ mode: this.connection.mode, circuits: this.client.breakers.states() });
    } catch (error) {
      // The problem's code says why (timeout, refused credentials…) without any secret.
      const code = (error as { problem?: { code?: string } }).problem?.code ?? 'UNKNOWN';

      return indicator.down({
        mode: this.connection.mode,
        reason: code,
        circuits: this.client.breakers.states(),
      });
    }
  }
}
