import Fastify, { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

import { toKstDateTime } from '../../common/time/kst';
import { SandboxFaults } from '../faults';
import { SandboxJournal } from '../journal';
import {
  ErrorBodyShape,
  SandboxError,
  errorBody,
  errorShapeFor,
  gatewayErrors,
  toSandboxError,
} from '../sandbox-errors';
import { TraceIds } from '../trace-ids';
import { RawJson } from './raw-json';
import { QueryValues, mediaTypeOf, parseBody, parseQuery } from './request-input';
import { SandboxOperation, SandboxOperationName, SandboxServices } from './sandbox-operation';

/** Same prefix as the real hosts (reference 1.1). */
export const SANDBOX_PATH_PREFIX = '/npay/partner';

const JSON_CONTENT_TYPE = 'application/json;charset=UTF-8';

/**
 * `code` and `message` of a successful inquiry answer (reference 4.22). [U] The doc gives the
 * fields but no values; these say plainly that it worked.
 */
const INQUIRY_SUCCESS = { code: 'SUCCESS', message: '요청이 정상 처리되었습니다.' };

export interface SandboxServerParts {
  services: SandboxServices;
  journal: SandboxJournal;
  faults: SandboxFaults;
  operations: readonly SandboxOperation[];
}

interface OperationRouteConfig {
  operation: SandboxOperationName;
  errorShape: ErrorBodyShape;
}

interface RequestState {
  traceId: string;
  /** The inquiry service's trace id, made when a body needs it. */
  serviceTraceId?: string;
  startedAt: number;
  receivedAt: number;
  body?: { parsed: unknown };
}

/**
 * A plain Fastify server (no Nest, no logger) playing the upstream: one route per operation,
 * with the upstream's headers, envelope and error bodies, and every request journaled.
 */
export function buildSandboxServer(parts: SandboxServerParts): FastifyInstance {
  const { services, journal, faults } = parts;
  const traceIds = new TraceIds();
  const states = new WeakMap<FastifyRequest, RequestState>();

  const app = Fastify({ logger: false, routerOptions: { querystringParser: parseQuery } });

  const stateOf = (request: FastifyRequest): RequestState => {
    let state = states.get(request);

    if (state === undefined) {
      const receivedAt = services.now();

      state = { traceId: traceIds.next(receivedAt), startedAt: performance.now(), receivedAt };
      states.set(request, state);
    }

    return state;
  };

  const rawBodyOf = (request: FastifyRequest): string =>
    typeof request.body === 'string' ? request.body : '';

  const parsedBodyOf = (request: FastifyRequest): unknown => {
    const state = stateOf(request);

    state.body ??= { parsed: parseBody(request.headers['content-type'], rawBodyOf(request)) };

    return state.body.parsed;
  };

  const serviceTraceIdOf = (request: FastifyRequest): string => {
    const state = stateOf(request);

    state.serviceTraceId ??= traceIds.nextServiceTraceId();

    return state.serviceTraceId;
  };

  const sendError = (request: FastifyRequest, reply: FastifyReply, error: SandboxError) => {
    const config = request.routeOptions.config as Partial<OperationRouteConfig>;
    const shape = errorShapeFor(error, config.errorShape ?? 'api');
    const traceId = shape === 'inquiry' ? serviceTraceIdOf(request) : stateOf(request).traceId;
    const body = errorBody(error, shape, toKstDateTime(services.now()), traceId);

    return reply.status(error.status).header('content-type', JSON_CONTENT_TYPE).send(body);
  };

  // Bodies reach handlers as raw strings: each operation decides which media type it accepts,
  // and the journal keeps exactly what was sent.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => {
    done(null, body);
  });

  app.addHook('onRequest', async (request) => {
    stateOf(request);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const state = stateOf(request);
    const config = request.routeOptions.config as Partial<OperationRouteConfig>;
    const rawUrl = request.raw.url ?? request.url;

    reply.header('GNCP-GW-Trace-ID', state.traceId);
    reply.header(
      'GNCP-GW-HttpClient-ResponseTime',
      String(Math.round(performance.now() - state.startedAt)),
    );
    journal.record({
      operation: config.operation ?? 'notFound',
      method: request.method,
      rawUrl,
      path: rawUrl.split('?', 1)[0],
      query: request.query as QueryValues,
      headers: { ...request.headers },
      rawBody: rawBodyOf(request),
      body: parsedBodyOf(request),
      status: reply.statusCode,
      receivedAt: state.receivedAt,
    });

    return payload;
  });

  app.setErrorHandler((error, request, reply) => sendError(request, reply, toSandboxError(error)));
  app.setNotFoundHandler((request, reply) => sendError(request, reply, gatewayErrors.notFound()));

  for (const operation of parts.operations) {
    const config: OperationRouteConfig = {
      operation: operation.name,
      errorShape: operation.errorShape,
    };

    app.route({
      method: operation.method,
      url: SANDBOX_PATH_PREFIX + operation.path,
      config,
      handler: async (request, reply) => {
        const fault = faults.take(operation.name);

        if (fault !== undefined) {
          if (fault.delayMs > 0) {
            await sleep(fault.delayMs);
          }

          throw new SandboxError(fault.status, fault.code, fault.message);
        }

        if (operation.authentication === 'bearer') {
          services.tokens.authenticate(request.headers.authorization);
        }

        const data = await operation.handle(
          {
            params: request.params as Record<string, string>,
            query: request.query as QueryValues,
            mediaType: mediaTypeOf(request.headers['content-type']),
            rawBody: rawBodyOf(request),
            body: parsedBodyOf(request),
          },
          services,
        );

        const traceId =
          operation.envelope === 'result' ? serviceTraceIdOf(request) : stateOf(request).traceId;
        const payload = successPayload(operation, data, toKstDateTime(services.now()), traceId);

        return reply.header('content-type', JSON_CONTENT_TYPE).send(payload);
      },
    });
  }

  return app;
}

/** The 200 body: the data in the operation's envelope (see SuccessEnvelope). */
function successPayload(
  operation: SandboxOperation,
  data: unknown,
  timestamp: string,
  traceId: string,
): unknown {
  switch (operation.envelope) {
    case 'bare':
      return data instanceof RawJson ? data.json : data;
    case 'result':
      return { ...INQUIRY_SUCCESS, data, timestamp, traceId };
    case 'data':
      if (data instanceof RawJson) {
        // Cached JSON text is spliced in, with the same key order as the object form.
        const head = `{"timestamp":"${timestamp}","traceId":${JSON.stringify(traceId)}`;

        return `${head},"data":${data.json}}`;
      }

      return { timestamp, traceId, data };
  }
}
