import { UpstreamTokenType } from '../config/gateway.config';

/** Where the upstream is and who the gateway is to it: configured, or the embedded sandbox. */
export interface NpayConnection {
  mode: 'upstream' | 'sandbox';
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  tokenType: UpstreamTokenType;
  accountId?: string;
  timeoutMs: number;
  tokenExpiryMarginSeconds: number;
  requestDeadlineMs: number;
  maxAttempts: number;
  defaultRateLimitPerSecond: number;
  credentialsCooldownSeconds: number;
  breakerHalfOpenAfterMs: number;
}

export const NPAY_CONNECTION = Symbol('NPAY_CONNECTION');
