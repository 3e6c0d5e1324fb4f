import { HttpService } from '@nestjs/axios';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AxiosResponse } from 'axios';

import { NPAY_CONNECTION, NpayConnection } from './npay-connection';
import { problemForUpstreamFailure } from './npay-error-mapping';
import { parseJson, rejectionFailure, TRACE_ID_HEADER, transportFailure } from './npay-http';
import { NpayOperation, OperationInput, QueryValue } from './npay-operation';
import { NpayTokenService } from './npay-token.service';
import { NpayUpstreamError } from './npay-upstream.error';

/** A successful upstream result, with the upstream's trace id for the caller's records. */
export interface UpstreamResult<TResult> {
  data: TResult;
  traceId?: string;
  /** The HTTP status to answer with, when not the route's default. */
  status?: number;
}

/** Builds `?a=1&b=X&b=Y`, encoding each key and value once (so `+09:00` goes as `%2B09%3A00`). */
export function buildQueryString(query: object | undefined): string {
  const pairs: string[] = [];

  for (const [key, value] of Object.entries(query ?? {}) as [string, QueryValue][]) {
    const values = Array.isArray(value) ? value : [value];

    for (const single of values) {
      if (single !== undefined) {
        pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(single))}`);
      }
    }
  }

  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

export function expandPath(template: string, params: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];

    if (value === undefined) {
      throw new Error(`Path parameter ${name} is missing for ${template}`);
    }

    return encodeURIComponent(value);
  });
}

const isAuthenticationFailure = (response: AxiosResponse<string>): boolean =>
  response.status === 401 &&
  (parseJson(response.data) as { code?: unknown } | undefined)?.code === 'GW.AUTHN';

/**
 * The one way to call the upstream. Each operation is data (see NpayOperations); this signs the
 * call with the shared token, replays it once when the upstream says the token is no longer
 * valid, and turns every failure into an NpayUpstreamError for the error table.
 */
@Injectable()
export class NpayClient {
  private readonly logger = new Logger(NpayClient.name);

  constructor(
    @Inject(NPAY_CONNECTION) private readonly connection: NpayConnection,
    private readonly tokens: NpayTokenService,
    private readonly http: HttpService,
  ) {}

  /** Calls one operation; a failure arrives as the caller-facing problem of the error table. */
  async call<TInput extends OperationInput, TResult>(
    operation: NpayOperation<TInput, TResult>,
    input: TInput,
  ): Promise<UpstreamResult<TResult>> {
    try {
      return await this.exchange(operation, input);
    } catch (error) {
      throw error instanceof NpayUpstreamError ? problemForUpstreamFailure(error) : error;
    }
  }

  private async exchange<TInput extends OperationInput, TResult>(
    operation: NpayOperation<TInput, TResult>,
    input: TInput,
  ): Promise<UpstreamResult<TResult>> {
    const url = expandPath(operation.path, input.pathParams) + buildQueryString(input.query);
    const body = input.body === undefined ? undefined : JSON.stringify(input.body);
    let token = await this.tokens.getAccessToken();
    let response = await this.send(operation, url, body, token);

    // GW.AUTHN is the upstream's gateway refusing the token before the API runs, so the request
    // was not applied and one replay with a fresh token is safe, writes included.
    if (isAuthenticationFailure(response)) {
      this.tokens.invalidate(token);
      token = await this.tokens.getAccessToken();
      response = await this.send(operation, url, body, token);
    }

    return this.interpret(operation, response);
  }

  private async send(
    operation: NpayOperation<OperationInput, unknown>,
    url: string,
    body: string | undefined,
    token: string,
  ): Promise<AxiosResponse<string>> {
    const startedAt = performance.now();
    const response = await this.http.axiosRef
      .request<string>({
        method: operation.method,
        baseURL: this.connection.baseUrl,
        url,
        data: body,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        },
        timeout: this.connection.timeoutMs,
        responseType: 'text',
        transformResponse: (data: unknown) => data,
        validateStatus: () => true,
      })
      .catch((error: unknown) => {
        throw transportFailure(operation, error);
      });

    this.logger.debug(
      {
        operation: operation.name,
        method: operation.method,
        status: response.status,
        durationMs: Math.round(performance.now() - startedAt),
      },
      'Upstream call',
    );

    return response;
  }

  private interpret<TResult>(
    operation: NpayOperation<OperationInput, TResult>,
    response: AxiosResponse<string>,
  ): UpstreamResult<TResult> {
    if (response.status < 200 || response.status >= 300) {
      throw rejectionFailure(operation, response);
    }

    const parsed = parseJson(response.data) as { data?: unknown; traceId?: unknown } | undefined;
    const result = operation.envelope === 'data' ? parsed?.data : parsed;

    if (result === undefined || result === null) {
      throw new NpayUpstreamError({
        kind: 'malformed',
        operation: operation.name,
        idempotent: operation.idempotent,
        httpStatus: response.status,
      });
    }

    const header = response.headers[TRACE_ID_HEADER] as unknown;
    const traceId = typeof header === 'string' ? header : parsed?.traceId;

    return { data: result as TResult, traceId: typeof traceId === 'string' ? traceId : undefined };
  }
}
