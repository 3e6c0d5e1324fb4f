import { AddressInfo } from 'node:net';

import { SandboxFaults } from './faults';
import { seedInquiries } from './generator/fake-inquiries';
import { FAULT_ADMIN_PATH } from './http/fault-admin';
import { SANDBOX_PATH_PREFIX, buildSandboxServer } from './http/sandbox-server';
import { SandboxJournal } from './journal';
import { SandboxRateLimitOptions, SandboxRateLimiter } from './rate-limit';
import { SANDBOX_OPERATIONS } from './routes/sandbox-operations';
import {
  SandboxCredentials,
  SandboxTokens,
  generateClientId,
  generateClientSecret,
} from './sandbox-token';
import { SandboxSimulator } from './sandbox-simulator';
import { SandboxInquiryStore } from './store/sandbox-inquiry-store';
import { SandboxOrderStore } from './store/sandbox-order-store';
import { SandboxReviews } from './store/sandbox-reviews';

export interface SandboxOptions {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
  /** Generated when missing: 22 characters of [A-Za-z0-9]. */
  clientId?: string;
  /** Generated when missing: a bcrypt salt, '$2a$04$' + 22 characters of [./A-Za-z0-9]. */
  clientSecret?: string;
  /** Data generator seed; the same seed and clock start give the same data. */
  seed?: number;
  /** Size of the start-up data set (default 600). */
  productOrderCount?: number;
  /** The sandbox clock in epoch ms (default Date.now); tests move time with it. */
  now?: () => number;
  /** Most journal entries kept, oldest dropped first (default 10,000). */
  journalLimit?: number;
  /**
   * The upstream's per-API rate limit (reference 3.6). Off by default, so tests and benchmarks
   * that start a sandbox are not throttled unless they ask to be.
   */
  rateLimit?: SandboxRateLimitOptions;
}

export interface EmbeddedSandbox {
  /** E.g. 'http://127.0.0.1:41234/npay/partner', the same prefix as the real hosts. */
  readonly baseUrl: string;
  /** E.g. 'http://127.0.0.1:41234/__sandbox/faults': fault injection over HTTP. */
  readonly faultAdminUrl: string;
  readonly credentials: { clientId: string; clientSecret: string };
  /** Test hooks to read, insert, generate and change product orders. */
  readonly store: SandboxOrderStore;
  /** Buyers, couriers and Naver's timers acting on product orders, reviews and inquiries. */
  readonly simulate: SandboxSimulator;
  /** Test hooks to read and add customer inquiries. */
  readonly inquiries: SandboxInquiryStore;
  /** Every request received. */
  readonly journal: SandboxJournal;
  /**
   * Faults to meet the next calls with (errors, latency, resets, hung or stalled answers,
   * broken JSON), also switchable over HTTP at `/__sandbox/faults` (see http/fault-admin.ts).
   */
  readonly faults: SandboxFaults;
  /** Makes every issued token invalid, as if expired: API calls then get 401 `GW.AUTHN`. */
  revokeTokens(): void;
  close(): Promise<void>;
}

export const DEFAULT_SANDBOX_SEED = 20_240_801;
export const DEFAULT_PRODUCT_ORDER_COUNT = 600;

const BCRYPT_SALT = /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{22}$/;

/**
 * Starts a local stand-in for the Naver Pay order API on its own port: a plain Fastify server,
 * seeded with about 600 product orders of the 7 days before the clock's start. It never logs.
 */
export async function startEmbeddedSandbox(options: SandboxOptions = {}): Promise<EmbeddedSandbox> {
  const now = options.now ?? (() => Date.now());
  const credentials: SandboxCredentials = {
    clientId: options.clientId ?? generateClientId(),
    clientSecret: options.clientSecret ?? generateClientSecret(),
  };

  // A secret that is not a bcrypt salt would only fail later, inside a token call, as a 500.
  if (!BCRYPT_SALT.test(credentials.clientSecret)) {
    throw new Error('The sandbox clientSecret must be a bcrypt salt like $2a$04$ + 22 chars');
  }

  const seed = options.seed ?? DEFAULT_SANDBOX_SEED;
  const store = new SandboxOrderStore(now, seed, now());
  const inquiries = new SandboxInquiryStore();
  const reviews = new SandboxReviews(store, seed);

  store.seedInitialData(options.productOrderCount ?? DEFAULT_PRODUCT_ORDER_COUNT);
  seedInquiries(inquiries, [...store.records()], seed, now());

  const tokens = new SandboxTokens(credentials, now);
  const journal = new SandboxJournal(options.journalLimit);
  const faults = new SandboxFaults();
  const server = buildSandboxServer({
    services: { now, store, inquiries, reviews, tokens },
    journal,
    faults,
    rateLimiter: new SandboxRateLimiter(options.rateLimit ?? { perSecond: 0 }),
    operations: SANDBOX_OPERATIONS,
  });
  const host = options.host ?? '127.0.0.1';

  await server.listen({ host, port: options.port ?? 0 });

  const { port } = server.server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;

  return {
    baseUrl: `http://${urlHost}:${port}${SANDBOX_PATH_PREFIX}`,
    faultAdminUrl: `http://${urlHost}:${port}${FAULT_ADMIN_PATH}`,
    credentials,
    store,
    simulate: new SandboxSimulator(store, reviews, inquiries, now),
    inquiries,
    journal,
    faults,
    revokeTokens: () => tokens.revokeAll(),
    close: () => (closing ??= server.close()),
  };
}
