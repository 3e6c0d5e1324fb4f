import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Agent, Dispatcher, EnvHttpProxyAgent } from 'undici';

/**
 * A pooled socket idle this long is closed; the upstream is reported to cut kept-alive
 * connections after about 2 s, and reusing a socket it has just closed would fail the call.
 */
const IDLE_SOCKET_TIMEOUT_MS = 1_900;

/**
 * Most connections open to the upstream at once; further calls queue for a free one. Without a
 * bound, a burst of callers (a cold start with 1,000 waiting requests) opens a connection each.
 */
const MAX_CONNECTIONS = 64;

export interface UpstreamRequest {
  method: string;
  /** E.g. `https://api.pay.naver.com/npay/partner`; `path` is appended to it. */
  baseUrl: string;
  /** Path and query, e.g. `/v1/pay-order/mall/product-orders/query`. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Time allowed for the whole exchange, the body read to its end. */
  timeoutMs: number;
  /** The caller's deadline: when it fires, the exchange is cut off. */
  signal?: AbortSignal;
}

/** What the client reads of an upstream answer, whatever its status. */
export interface UpstreamResponse {
  status: number;
  /** Lower-cased names. */
  headers: Record<string, string | string[] | undefined>;
  /** The body as text; '' when there was none. */
  data: string;
}

const POOL_OPTIONS = {
  connections: MAX_CONNECTIONS,
  pipelining: 1,
  keepAliveTimeout: IDLE_SOCKET_TIMEOUT_MS,
  keepAliveMaxTimeout: IDLE_SOCKET_TIMEOUT_MS,
};

/** EnvHttpProxyAgent reads the environment on every call: only worth it with a proxy set. */
function createAgent(): Dispatcher {
  const proxied = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'].some(
    (name) => (process.env[name] ?? '') !== '',
  );

  return proxied ? new EnvHttpProxyAgent(POOL_OPTIONS) : new Agent(POOL_OPTIONS);
}

/** The exchange took longer than its `timeoutMs`. */
export class UpstreamExchangeTimeout extends Error {
  override readonly name = 'UpstreamExchangeTimeout';
  readonly code = 'ETIMEDOUT';

  constructor(timeoutMs: number) {
    super(`No complete upstream answer within ${timeoutMs} ms`);
  }
}

/**
 * HTTP to the upstream over undici's kept-alive connection pool. Chosen over axios on Node's
 * http module for its cost per call, which a profile under load showed to be most of the
 * gateway's own work; it honours HTTP(S)_PROXY and NO_PROXY as axios did.
 */
@Injectable()
export class UpstreamHttp implements OnApplicationShutdown {
  private readonly agent: Dispatcher = createAgent();
  private base?: { url: string; origin: string; pathPrefix: string };

  /** Resolves with any HTTP answer; rejects only when there was none (see transportFailure). */
  async request(request: UpstreamRequest): Promise<UpstreamResponse> {
    const { origin, pathPrefix } = this.parseBase(request.baseUrl);
    const exchange = new AbortController();
    const timer = setTimeout(
      () => exchange.abort(new UpstreamExchangeTimeout(request.timeoutMs)),
      request.timeoutMs,
    );
    const onDeadline = () => exchange.abort(request.signal?.reason);

    if (request.signal?.aborted === true) {
      onDeadline();
    }

    request.signal?.addEventListener('abort', onDeadline, { once: true });

    try {
      const response = await this.agent.request({
        origin,
        path: pathPrefix + request.path,
        method: request.method as 'GET' | 'POST' | 'PUT',
        headers: request.headers,
        body: request.body,
        signal: exchange.signal,
      });
      const data = await response.body.text();

      return { status: response.statusCode, headers: response.headers, data };
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onDeadline);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.agent.close();
  }

  private parseBase(url: string): { origin: string; pathPrefix: string } {
    if (this.base?.url !== url) {
      const parsed = new URL(url);

      this.base = { url, origin: parsed.origin, pathPrefix: parsed.pathname.replace(/\/$/, '') };
    }

    return this.base;
  }
}
