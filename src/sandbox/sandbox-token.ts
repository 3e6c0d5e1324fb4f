import bcrypt from 'bcryptjs';
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

import { TOKEN_ERROR_CODES, gatewayErrors, tokenError } from './sandbox-errors';

/** A token lives 3 hours (reference 2.3). */
export const TOKEN_LIFETIME_MS = 10_800 * 1000;

/** With at least this much left, a token request gets the same token back (reference 2.3). */
export const TOKEN_REUSE_MIN_REMAINING_MS = 30 * 60 * 1000;

/**
 * How far the signed timestamp may be from the sandbox clock. The 5 minutes are documented;
 * applying them on both sides (a clock running ahead is accepted too) is our guess [U].
 */
export const TIMESTAMP_TOLERANCE_MS = 5 * 60 * 1000;

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BCRYPT_ALPHABET = `./${ALPHANUMERIC}`;

export interface SandboxCredentials {
  clientId: string;
  clientSecret: string;
}

export type TokenType = 'SELF' | 'SELLER';

export interface TokenGrant {
  clientId: string;
  type: TokenType;
  accountId?: string;
}

/** The token endpoint's 200 body (reference 2.3). */
export interface IssuedToken {
  access_token: string;
  expires_in: number;
  token_type: 'Bearer';
}

/** An application id of the documented shape: 22 characters of [A-Za-z0-9]. */
export function generateClientId(): string {
  return randomString(ALPHANUMERIC, 22);
}

/**
 * A client secret is a bcrypt salt (reference 2.2). Cost 4 keeps each signature check around a
 * millisecond, so token calls stay cheap in benchmarks.
 */
export function generateClientSecret(): string {
  return `$2a$04$${randomString(BCRYPT_ALPHABET, 22)}`;
}

/** `Base64(bcrypt(clientId + '_' + timestamp, salt = clientSecret))`, as in reference 2.2. */
export function computeClientSecretSign(
  clientId: string,
  timestamp: string,
  clientSecret: string,
): string {
  const hashed = bcrypt.hashSync(`${clientId}_${timestamp}`, clientSecret);

  return Buffer.from(hashed, 'utf8').toString('base64');
}

export function isClientSecretSignValid(
  clientId: string,
  timestamp: string,
  clientSecret: string,
  sign: string,
): boolean {
  const expected = Buffer.from(computeClientSecretSign(clientId, timestamp, clientSecret));
  const received = Buffer.from(sign);

  return expected.length === received.length && timingSafeEqual(expected, received);
}

interface LiveToken {
  accessToken: string;
  expiresAt: number;
}

/**
 * Issues and checks access tokens. One token is current per resource (client + type +
 * account); a reissued token does not revoke the previous one, which keeps working until its
 * own expiry (reference 2.3).
 */
export class SandboxTokens {
  /** Every token still accepted, with its expiry. */
  private readonly expiryByToken = new Map<string, number>();
  private readonly currentByResource = new Map<string, LiveToken>();

  constructor(
    private readonly credentials: SandboxCredentials,
    private readonly now: () => number,
  ) {}

  /** Checks who asks and the signature; throws the token endpoint's 400 on any mismatch. */
  public verifyClient(clientId: string, timestamp: string, sign: string): void {
    if (clientId !== this.credentials.clientId) {
      throw tokenError(TOKEN_ERROR_CODES.unknownClient, '등록되지 않은 client_id 입니다.');
    }

    if (Math.abs(this.now() - Number(timestamp)) > TIMESTAMP_TOLERANCE_MS) {
      throw tokenError(
        TOKEN_ERROR_CODES.timestampOutOfRange,
        'timestamp가 유효 시간(5분)을 벗어났습니다.',
      );
    }

    if (!isClientSecretSignValid(clientId, timestamp, this.credentials.clientSecret, sign)) {
      throw tokenError(
        TOKEN_ERROR_CODES.invalidSignature,
        'client_secret_sign이 올바르지 않습니다.',
      );
    }
  }

  public issue(grant: TokenGrant): IssuedToken {
    const now = this.now();
    const resource = `${grant.clientId}:${grant.type}:${grant.accountId ?? ''}`;
    const current = this.currentByResource.get(resource);

    // [U] Whether a reused token reports its remaining lifetime or a full 10800 s is not
    // documented; the remaining seconds match what third-party write-ups observed.
    if (current !== undefined && current.expiresAt - now >= TOKEN_REUSE_MIN_REMAINING_MS) {
      return bearer(current.accessToken, current.expiresAt - now);
    }

    const issued: LiveToken = {
      accessToken: randomBytes(24).toString('base64url'),
      expiresAt: now + TOKEN_LIFETIME_MS,
    };

    this.currentByResource.set(resource, issued);
    this.expiryByToken.set(issued.accessToken, issued.expiresAt);

    return bearer(issued.accessToken, TOKEN_LIFETIME_MS);
  }

  /** Accepts `Authorization: Bearer <token>` with a live token, else throws 401 `GW.AUTHN`. */
  public authenticate(authorization: string | undefined): void {
    const match = /^Bearer ([^\s]+)$/i.exec(authorization ?? '');
    const token = match?.[1];
    const expiresAt = token === undefined ? undefined : this.expiryByToken.get(token);

    if (token === undefined || expiresAt === undefined) {
      throw gatewayErrors.unauthenticated();
    }

    if (expiresAt <= this.now()) {
      this.expiryByToken.delete(token);
      throw gatewayErrors.unauthenticated();
    }
  }

  /** Forgets every token, as if all had expired. */
  public revokeAll(): void {
    this.expiryByToken.clear();
    this.currentByResource.clear();
  }
}

function bearer(accessToken: string, remainingMs: number): IssuedToken {
  return {
    access_token: accessToken,
    expires_in: Math.floor(remainingMs / 1000),
    token_type: 'Bearer',
  };
}

function randomString(alphabet: string, length: number): string {
  let result = '';

  for (let index = 0; index < length; index += 1) {
    result += alphabet[randomInt(alphabet.length)];
  }

  return result;
}
