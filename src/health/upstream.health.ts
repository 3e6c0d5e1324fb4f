import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';

import { ProblemException } from '../common/problem/problem.exception';
import { NPAY_CONNECTION, NpayConnection } from '../npay/npay-connection';
import { NpayClient } from '../npay/npay-client.service';
import { problemForFailedCall } from '../npay/npay-error-mapping';
import { TOKEN_CALL } from '../npay/npay-http';
import { NpayTokenService } from '../npay/npay-token.service';

/** When unready for a reason that states no wait of its own, probes may come back after this. */
const DEFAULT_RETRY_AFTER_SECONDS = 5;

/**
 * Ready means the gateway holds, or can get, an upstream token: without one no call can succeed.
 * The token is cached, so a probe costs an upstream call only when none is held. The circuit
 * breakers' states are shown, but an open one doesn't make a replica unready: every replica
 * shares the upstream, so taking them out of the load balancer would help no one.
 */
@Injectable()
export class UpstreamHealthIndicator {
  /** How long the last unready answer expects to last; sent as Retry-After. */
  retryAfterSeconds = DEFAULT_RETRY_AFTER_SECONDS;

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
      const problem = problemForFailedCall(error, TOKEN_CALL, {
        circuitRetryAfterSeconds: () => DEFAULT_RETRY_AFTER_SECONDS,
      });
      const known = problem instanceof ProblemException ? problem.problem : undefined;

      this.retryAfterSeconds = known?.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;

      return indicator.down({
        mode: this.connection.mode,
        reason: known?.code ?? 'UNKNOWN',
        circuits: this.client.breakers.states(),
      });
    }
  }
}
