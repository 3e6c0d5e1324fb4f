import { ExponentialBackoff, fullJitterGenerator, handleWhen, retry, RetryPolicy } from 'cockatiel';
import { Inject, Injectable, Logger } from '@nestjs/common';

import { UpstreamTokenType } from '../config/gateway.config';
import { Clock, CLOCK } from '../common/time/clock';
import { GatewayMetrics } from '../metrics/gateway-metrics';
import { signClientSecret } from './client-secret-sign';
import { NPAY_CONNECTION, NpayConnection } from './npay-connection';
import { parseJson, rejectionFailure, TOKEN_CALL, transportFailure } from './npay-http';
import { NpayUpstreamError } from './npay-upstream.error';
import { Deadline, DeadlineExceededBeforeSending } from './resilience/deadline';
import { isPassingFailure } from './resilience/retry-rules';
import { UpstreamHttp } from './upstream-http';

interface CachedToken {
  accessToken: string;
  /** After this instant the token is not sent any more (its expiry less a safety margin). */
  usableUntil: number;
  /** From this instant a new token is fetched in the background while this one still serves. */
  renewFrom: number;
}

/**
 * The upstream hands out the same token until fewer than 30 minutes of its life remain, so
 * asking earlier gains nothing.
 */
const RENEWAL_WINDOW_MS = 30 * 60 * 1000;

/** Thrown while the gateway waits out a refusal of its credentials instead of asking again. */
export class CredentialsCoolingDown extends Error {
  override readonly name = 'CredentialsCoolingDown';

  constructor(readonly retryAfterSeconds: number) {
    super(`The upstream refused the gateway's credentials; calls resume in ${retryAfterSeconds} s`);
  }
}

/** The least time between two background renewals. */
const RENEWAL_RETRY_DELAY_MS = 5_000;

/**
 * Owns the upstream OAuth2 token: fetched on first need, shared by every request, renewed in the
 * background once fewer than 30 minutes remain, and fetched by one call however many requests
 * wait for it. A failed fetch fails its waiters and leaves nothing behind, so the next request
 * tries again.
 */
@Injectable()
export class NpayTokenService {
  private readonly logger = new Logger(NpayTokenService.name);
  private cached?: CachedToken;
  private pending?: Promise<CachedToken>;
  private renewalPausedUntil = 0;
  private credentialsRejectedUntil = 0;

  /** Asking for a token twice is harmless, so passing failures are retried. */
  private readonly tokenRetry: RetryPolicy;

  constructor(
    @Inject(NPAY_CONNECTION) private readonly connection: NpayConnection,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly http: UpstreamHttp,
    private readonly metrics: GatewayMetrics,
  ) {
    this.tokenRetry = retry(handleWhen(isPassingFailure), {
      maxAttempts: connection.maxAttempts - 1,
      backoff: new ExponentialBackoff({
        generator: fullJitterGenerator,
        initialDelay: 100,
        maxDelay: 1_000,
      }),
    });
  }

  /**
   * A usable token; waits for the shared fetch when there is none, but never past `deadline`.
   * Throws CredentialsCoolingDown while a refusal of the credentials is being waited out.
   */
  async getAccessToken(deadline?: Deadline): Promise<string> {
    const now = this.clock.now();
    const token = this.cached;

    if (now < this.credentialsRejectedUntil) {
      throw new CredentialsCoolingDown(Math.ceil((this.credentialsRejectedUntil - now) / 1000));
    }

    if (token !== undefined && now < token.usableUntil) {
      if (now >= token.renewFrom && now >= this.renewalPausedUntil) {
        this.renewInBackground();
      }

      return token.accessToken;
    }

    const fetched = this.fetchShared();

    return (await (deadline === undefined ? fetched : raceDeadline(fetched, deadline))).accessToken;
  }

  /**
   * The upstream refused credentials it had just issued a token for, or the gateway's address:
   * asking again at once would only repeat the refusal, so every call stops for a cool-down.
   */
  reportRejectedCredentials(): void {
    this.cached = undefined;
    this.credentialsRejectedUntil =
      this.clock.now() + this.connection.credentialsCooldownSeconds * 1000;
    this.logger.error(
      { cooldownSeconds: this.connection.credentialsCooldownSeconds },
      'The upstream refused the gateway credentials; upstream calls pause for the cool-down',
    );
  }

  /** Forgets a token the upstream refused, unless a newer one has replaced it already. */
  invalidate(accessToken: string): void {
    if (this.cached?.accessToken === accessToken) {
      this.cached = undefined;
    }
  }

  /** Whether a usable token is held now (for readiness). */
  hasUsableToken(): boolean {
    return this.cached !== undefined && this.clock.now() < this.cached.usableUntil;
  }

  private renewInBackground(): void {
    // At most one renewal per pause, whatever its outcome: if the upstream's clock disagrees and
    // keeps returning the same token, requests must not turn into a stream of token calls.
    this.renewalPausedUntil = this.clock.now() + RENEWAL_RETRY_DELAY_MS;

    this.fetchShared().catch((error: unknown) => {
      this.logger.warn({ err: String(error) }, 'Token renewal failed; the current token serves');
    });
  }

  private fetchShared(): Promise<CachedToken> {
    this.pending ??= this.tokenRetry
      .execute(() => this.requestCountedToken())
      .then((token) => {
        this.cached = token;

        return token;
      })
      .finally(() => {
        this.pending = undefined;
      });

    return this.pending;
  }

  private async requestCountedToken(): Promise<CachedToken> {
    try {
      const token = await this.requestToken();

      this.metrics.recordTokenRequest('issued');

      return token;
    } catch (error) {
      this.metrics.recordTokenRequest('failed');

      throw error;
    }
  }

  private async requestToken(): Promise<CachedToken> {
    const { clientId, clientSecret, tokenType, accountId } = this.connection;
    const requestedAt = this.clock.now();
    const form = new URLSearchParams({
      client_id: clientId,
      timestamp: String(requestedAt),
      client_secret_sign: await signClientSecret(clientId, clientSecret, requestedAt),
      grant_type: 'client_credentials',
      type: tokenType,
    });

    if (tokenType === UpstreamTokenType.SELLER && accountId !== undefined) {
      form.set('account_id', accountId);
    }

    const response = await this.http
      .request({
        method: 'POST',
        baseUrl: this.connection.baseUrl,
        path: '/v1/oauth2/token',
        // Credentials go in the body only: the upstream refuses them in the URL.
        body: form.toString(),
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        timeoutMs: this.connection.timeoutMs,
      })
      .catch((error: unknown) => {
        throw transportFailure(TOKEN_CALL, error);
      });

    if (response.status === 401 || response.status === 403) {
      this.reportRejectedCredentials();
    }

    if (response.status !== 200) {
      throw rejectionFailure(TOKEN_CALL, response);
    }

    return this.cacheEntry(response.data, requestedAt);
  }

  private cacheEntry(body: string, requestedAt: number): CachedToken {
    const parsed = parseJson(body) as { access_token?: unknown; expires_in?: unknown } | undefined;
    const expiresInSeconds = Number(parsed?.expires_in);

    if (typeof parsed?.access_token !== 'string' || !(expiresInSeconds > 0)) {
      throw new NpayUpstreamError({ kind: 'malformed', operation: 'token', idempotent: true });
    }

    // Lifetimes count from when the request was sent: the token may be older than its arrival.
    const expiresAt = requestedAt + expiresInSeconds * 1000;

    return {
      accessToken: parsed.access_token,
      usableUntil: expiresAt - this.connection.tokenExpiryMarginSeconds * 1000,
      renewFrom: expiresAt - RENEWAL_WINDOW_MS,
    };
  }
}

/** The shared fetch, given up by this one waiter when its deadline passes first. */
function raceDeadline<T>(pending: Promise<T>, deadline: Deadline): Promise<T> {
  if (deadline.expired) {
    return Promise.reject(new DeadlineExceededBeforeSending('No token before the deadline'));
  }

  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DeadlineExceededBeforeSending('No token before the deadline'));

    deadline.signal.addEventListener('abort', onAbort, { once: true });
    pending.then(resolve, reject).finally(() => {
      deadline.signal.removeEventListener('abort', onAbort);
    });
  });
}
