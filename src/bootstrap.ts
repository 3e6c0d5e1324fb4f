import { createRequire } from 'node:module';

import { NestApplicationOptions, VersioningType } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { FastifyServerOptions } from 'fastify';
import { Logger } from 'nestjs-pino';

import { answerClientError, answerRouterError } from './common/http/framework-errors';
import { useStrictJsonBodies } from './common/http/json-body';
import { documentCommonHeaders } from './common/openapi/common-headers';
import { ProblemDetails } from './common/problem/problem-details';
import { REQUEST_ID_HEADER, requestIdFor } from './common/request-id';
import { GatewayMetrics } from './metrics/gateway-metrics';
import { answerUpstreamResults } from './npay/upstream-result';

// Bodies above 1 MiB are refused: 300 ids or 30 dispatch entries need a few kilobytes.
const BODY_LIMIT_BYTES = 1_048_576;
/** A megabyte of JSON from a service on the same network arrives in well under a second. */
const REQUEST_RECEIVE_TIMEOUT_MS = 60_000;

/**
 * Nest's options for the application, shared by production and tests. Nest's body parsers are
 * off: the adapter parses JSON alone (see useStrictJsonBodies), so any other type gets a 415.
 */
export const GATEWAY_APP_OPTIONS: NestApplicationOptions = { bodyParser: false };

type SchemaCompilersFactory = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>;
type ValidatorFactory = NonNullable<SchemaCompilersFactory['buildValidator']>;
type SerializerFactory = NonNullable<SchemaCompilersFactory['buildSerializer']>;

/**
 * Fastify's own default compilers (Ajv and fast-json-stringify), loaded the first time a route
 * with a JSON schema needs one. Fastify would otherwise load them as the app is created, about
 * 200 modules and 25 ms of every start-up, and the gateway's routes have no JSON schema: Nest
 * validates with class-validator. One difference from the defaults given no factory: Fastify
 * then takes the validator for a custom one and does not lower-case the keys of a `headers`
 * schema, which matters only if a route is ever given one.
 */
function onDemandSchemaCompilers(): SchemaCompilersFactory {
  const requireFromFastify = createRequire(require.resolve('fastify'));
  let validatorFactory: ValidatorFactory | undefined;
  let serializerFactory: SerializerFactory | undefined;

  return {
    buildValidator: (externalSchemas, options) => {
      validatorFactory ??= requireFromFastify('@fastify/ajv-compiler')() as ValidatorFactory;

      return validatorFactory(externalSchemas, options);
    },
    buildSerializer: (externalSchemas, options) => {
      serializerFactory ??= requireFromFastify(
        '@fastify/fast-json-stringify-compiler',
      )() as SerializerFactory;

      return serializerFactory(externalSchemas, options);
    },
  };
}

/** Fastify settings shared by production and tests. */
export function createFastifyAdapter(): FastifyAdapter {
  const adapter = new FastifyAdapter({
    schemaController: { compilersFactory: onDemandSchemaCompilers() },
    bodyLimit: BODY_LIMIT_BYTES,
    // Fastify sets no limit on receiving a request by default; a caller that never finishes its
    // body would hold the connection for good. Node answers 408 (see answerClientError), and
    // checks only every 30 s, so the limit takes effect within 60 to 90 s.
    requestTimeout: REQUEST_RECEIVE_TIMEOUT_MS,
    // Long enough that an over-long id reaches its DTO, which names the field that is wrong.
    routerOptions: { maxParamLength: 500 },
    frameworkErrors: answerRouterError,
    clientErrorHandler: answerClientError,
    return503OnClosing: true,
    // The request id is the caller's `x-request-id` or a new UUID; logs and errors carry it.
    genReqId: requestIdFor,
    requestIdHeader: false,
  });

  useStrictJsonBodies(adapter.getInstance(), BODY_LIMIT_BYTES);
  answerUpstreamResults(adapter.getInstance());
  // Hooks on every request take a callback: an async hook costs a promise per request.
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });

  return adapter;
}

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('npay-order-gateway')
    .setDescription(
      'Internal gateway to the Naver Pay order API (주문형 가맹점 주문 API). It signs and ' +
        'caches the upstream token, validates every input, and answers errors as RFC 9457 ' +
        'problem details (`application/problem+json`). Date-times are accepted with any ISO ' +
        '8601 offset and sent upstream in KST.',
    )
    .setVersion('1')
    .build();

  return documentCommonHeaders(
    SwaggerModule.createDocument(app, config, { extraModels: [ProblemDetails] }),
  );
}

/** Everything about the application that is not its modules, applied the same in tests. */
export function configureApp(app: NestFastifyApplication): void {
  app.useLogger(app.get(Logger));
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.enableShutdownHooks();

  const metrics = app.get(GatewayMetrics);

  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? 'unmatched';

      metrics.recordHttpRequest(request.method, route, reply.statusCode, reply.elapsedTime);
      done();
    });

  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs-json',
  });
}
