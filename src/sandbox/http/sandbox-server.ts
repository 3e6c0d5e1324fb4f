import Fastify, { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

import { toKstDateTime } from '../../common/time/kst';
import { SandboxFault, SandboxFaultKind, SandboxFaults } from '../faults';
import { SandboxJournal, SandboxJournalEntry } from '../journal';
import { QUOTA_HEADERS, RATE_LIMIT_HEADERS, SandboxRateLimiter } from '../rate-limit';
import {
  ErrorBodyShape,
  SandboxError,
  errorBody,
  errorShapeFor,
  gatewayErrors,
  toSandboxError,
} from '../sandbox-errors';
import { TraceIds } from '../trace-ids';
import { registerFaultAdmin } from './fault-admin';
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
  rateLimiter: SandboxRateLimiter;
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
  /** The request's journal entry, once it has one. */
  entry?: SandboxJournalEntry;
  fault?: SandboxFaultKind;
  appliedProductOrderIds?: string[];
}

/**
 * The headers an injected 429 carries when the spec names none: the sandbox's own limit for the
 * operation when it has one, else a stated limit of 10 a second (the gateway's default pace).
 */
const INJECTED_RATE_LIMIT = { rate: 10, burst: 20 };
const INJECTED_QUOTA = { period: 'SECONDS', limit: 100 };

/**
 * A plain Fastify server (no Nest, no logger) playing the upstream: one route per operation,
 * with the upstream's headers, envelope and error bodies, and every request journaled.
 */
export function buildSandboxServer(parts: SandboxServerParts): FastifyInstance {
  const { services, journal, faults, rateLimiter } = parts;
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

  /**
   * Journals a request when it arrives, with status 0 until it is answered, so a request still
   * waiting on a fault counts among what the sandbox received. Requests refused before their
   * handler (a body too large, say) are journaled when answered.
   */
  const record = (request: FastifyRequest, status: number) => {
    const state = stateOf(request);
    const outcome = {
      status,
      ...(state.fault === undefined ? {} : { fault: state.fault }),
      ...(state.appliedProductOrderIds === undefined
        ? {}
        : { appliedProductOrderIds: state.appliedProductOrderIds }),
    };

    if (state.entry !== undefined) {
      Object.assign(state.entry, outcome);

      return;
    }

    const config = request.routeOptions.config as Partial<OperationRouteConfig>;
    const rawUrl = request.raw.url ?? request.url;

    state.entry = {
      operation: config.operation ?? 'notFound',
      method: request.method,
      rawUrl,
      path: rawUrl.split('?', 1)[0],
      query: request.query as QueryValues,
      headers: { ...request.headers },
      rawBody: rawBodyOf(request),
      body: parsedBodyOf(request),
      receivedAt: state.receivedAt,
      ...outcome,
    };
    journal.record(state.entry);
  };

  const isAdmin = (request: FastifyRequest) =>
    (request.routeOptions.config as { admin?: boolean }).admin === true;

  app.addHook('preHandler', async (request) => {
    if (!isAdmin(request)) {
      record(request, 0);
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const state = stateOf(request);
    const config = request.routeOptions.config as Partial<OperationRouteConfig>;

    if (isAdmin(request)) {
      return payload;
    }

    reply.header('GNCP-GW-Trace-ID', state.traceId);
    reply.header(
      'GNCP-GW-HttpClient-ResponseTime',
      String(Math.round(performance.now() - state.startedAt)),
    );

    // The limit's headers go on every answer of a limited API (reference 3.6), errors included;
    // an injected 429 keeps the ones it chose.
    if (config.operation !== undefined && !reply.hasHeader(RATE_LIMIT_HEADERS.remaining)) {
      reply.headers(rateLimiter.headers(config.operation));
    }

    record(request, reply.statusCode);

    return payload;
  });

  /** Takes the reply away from Fastify: a fault answers on the raw socket, or not at all. */
  const takeOver = (request: FastifyRequest, reply: FastifyReply, fault: SandboxFault) => {
    stateOf(request).fault = fault.kind;
    reply.hijack();

    return request.raw.socket as Socket;
  };

  const resetConnection = (request: FastifyRequest, reply: FastifyReply, fault: SandboxFault) => {
    const socket = takeOver(request, reply, fault);

    record(request, 0);
    socket.resetAndDestroy();
  };

  const holdWithoutAnswer = (request: FastifyRequest, reply: FastifyReply, fault: SandboxFault) => {
    faults.hold(takeOver(request, reply, fault));
    record(request, 0);
  };

  const stallMidBody = (
    request: FastifyRequest,
    reply: FastifyReply,
    fault: SandboxFault,
    text: string,
  ) => {
    const socket = takeOver(request, reply, fault);
    const body = Buffer.from(text);

    faults.hold(socket);
    reply.raw.writeHead(200, {
      'content-type': JSON_CONTENT_TYPE,
      'content-length': body.length,
      'GNCP-GW-Trace-ID': stateOf(request).traceId,
    });
    reply.raw.write(body.subarray(0, Math.floor(body.length / 2)));
    record(request, 200);
  };

  const errorFaultHeaders = (operation: SandboxOperationName, fault: SandboxFault) => {
    if (fault.kind !== 'error') {
      return {};
    }

    const stated = rateLimiter.headers(operation);
    let headers: Record<string, string> = {};

    if (fault.code.startsWith('GW.RATE_LIMIT')) {
      headers = {
        [RATE_LIMIT_HEADERS.replenishRate]:
          stated[RATE_LIMIT_HEADERS.replenishRate] ?? String(INJECTED_RATE_LIMIT.rate),
        [RATE_LIMIT_HEADERS.burstCapacity]:
          stated[RATE_LIMIT_HEADERS.burstCapacity] ?? String(INJECTED_RATE_LIMIT.burst),
        [RATE_LIMIT_HEADERS.remaining]: '0',
      };
    } else if (fault.code.startsWith('GW.QUOTA_LIMIT')) {
      headers = {
        [QUOTA_HEADERS.period]: INJECTED_QUOTA.period,
        [QUOTA_HEADERS.limit]: String(INJECTED_QUOTA.limit),
        [QUOTA_HEADERS.remaining]: '0',
      };
    }

    return { ...headers, ...fault.headers };
  };

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

        if (fault !== undefined && fault.delayMs > 0) {
          await sleep(fault.delayMs);
        }

        switch (fault?.kind) {
          case 'error':
            stateOf(request).fault = 'error';
            reply.headers(errorFaultHeaders(operation.name, fault));
            throw new SandboxError(fault.status, fault.code, fault.message);
          case 'reset-before-apply':
            return resetConnection(request, reply, fault);
          case 'no-response':
            return holdWithoutAnswer(request, reply, fault);
        }

        if (operation.authentication === 'bearer') {
          services.tokens.authenticate(request.headers.authorization);

          // Counted per authenticated application, so only after the token is checked.
          if (!rateLimiter.take(operation.name)) {
            throw gatewayErrors.rateLimited();
          }
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

        stateOf(request).appliedProductOrderIds = appliedProductOrderIds(data);

        const traceId =
          operation.envelope === 'result' ? serviceTraceIdOf(request) : stateOf(request).traceId;
        const payload = successPayload(operation, data, toKstDateTime(services.now()), traceId);

        switch (fault?.kind) {
          case 'reset-after-apply':
            return resetConnection(request, reply, fault);
          case 'stall-mid-body':
            return stallMidBody(request, reply, fault, payloadText(payload));
          case 'malformed-body': {
            const text = payloadText(payload);

            stateOf(request).fault = fault.kind;

            return reply
              .header('content-type', JSON_CONTENT_TYPE)
              .send(text.slice(0, Math.ceil(text.length / 2)));
          }
        }

        return reply.header('content-type', JSON_CONTENT_TYPE).send(payload);
      },
    });
  }

  registerFaultAdmin(app, faults, new Set(parts.operations.map((operation) => operation.name)));

  // A held connection would keep close() waiting for ever.
  app.addHook('preClose', async () => {
    faults.releaseHeld();
  });

  return app;
}

const payloadText = (payload: unknown): string =>
  typeof payload === 'string' ? payload : JSON.stringify(payload);

/**
 * The product orders a write reported done, read from its processing result (reference 3.3):
 * the journal keeps them so tests and the soak can count how often a write took effect.
 */
function appliedProductOrderIds(data: unknown): string[] | undefined {
  const result = data as {
    successProductOrderIds?: unknown;
    successProductOrderInfos?: { productOrderId: string }[];
  };

  if (Array.isArray(result?.successProductOrderIds)) {
    return result.successProductOrderIds as string[];
  }

  if (Array.isArray(result?.successProductOrderInfos)) {
    return result.successProductOrderInfos.map((info) => info.productOrderId);
  }

  return undefined;
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
