import { HttpService } from '@nestjs/axios';
import { Inject, Injectable, Logger } from '@nestjs/common';

import { UpstreamTokenType } from '../config/gateway.config';
import { Clock, CLOCK } from '../common/time/clock';
import { signClientSecret } from './client-secret-sign';
import { NPAY_CONNECTION, NpayConnection } from './npay-connection';
import { parseJson, rejectionFailure, TOKEN_CALL, transportFailure } from './npay-http';
import { NpayUpstreamError } from './npay-upstream.error';

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

  constructor(
    @Inject(NPAY_CONNECTION) private readonly connection: NpayConnection,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly http: HttpService,
  ) {}

  async getAccessToken(): Promise<string> {
    const now = this.clock.now();
    const token = this.cached;

    if (token !== undefined && now < token.usableUntil) {
      if (now >= token.renewFrom && now >= this.renewalPausedUntil) {
        this.renewInBackground();
      }

      return token.accessToken;
    }

    return (await this.fetchShared()).accessToken;
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
    this.pending ??= this.requestToken()
      .then((token) => {
        this.cached = token;

        return token;
      })
      .finally(() => {
        this.pending = undefined;
      });

    return this.pending;
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

    const response = await this.http.axiosRef
      .request<string>({
        method: 'POST',
        baseURL: this.connection.baseUrl,
        url: '/v1/oauth2/token',
        // Credentials go in the body only: the upstream refuses them in the URL.
        data: form.toString(),
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        timeout: this.connection.timeoutMs,
        responseType: 'text',
        transformResponse: (data: unknown) => data,
        validateStatus: () => true,
      })
      .catch((error: unknown) => {
        throw transportFailure(TOKEN_CALL, error);
      });

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
