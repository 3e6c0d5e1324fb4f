import type { FastifyInstance } from 'fastify';

export const UPSTREAM_TRACE_ID_HEADER = 'upstream-trace-id';

/**
 * What controllers return for an upstream call: the data, the upstream's trace id, and the
 * status to answer with when it is not the route's default (207 for a partly refused batch).
 * The answer to the caller is made of it by `answerUpstreamResults`.
 */
export class UpstreamResult<TResult> {
  // A private member makes the type nominal: an object literal of the same shape would not be
  // recognised by the hook, so the compiler refuses it where an UpstreamResult is expected.
  private readonly answeredByHook = true;

  constructor(
    readonly data: TResult,
    readonly traceId?: string,
    readonly status?: number,
  ) {}
}

/**
 * Answers an UpstreamResult with its data as the body, so the body is exactly the documented
 * upstream shape, and its trace id as a header. A Fastify hook rather than a Nest interceptor:
 * a route with an interceptor runs through rxjs, which cost about a twentieth of the gateway's
 * time per request under load.
 */
export function answerUpstreamResults(fastify: FastifyInstance): void {
  fastify.addHook('preSerialization', (_request, reply, payload, done) => {
    if (!(payload instanceof UpstreamResult)) {
      done(null, payload);

      return;
    }

    if (payload.traceId !== undefined) {
      void reply.header(UPSTREAM_TRACE_ID_HEADER, payload.traceId);
    }

    if (payload.status !== undefined) {
      void reply.status(payload.status);
    }

    done(null, payload.data);
  });
}
