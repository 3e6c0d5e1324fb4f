import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { ProblemDetails } from './problem-details';
import { ProblemException, ProblemInit } from './problem.exception';
import { requestIdOf } from '../request-id';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Plain titles for the statuses Nest or Fastify raise on their own (unknown route, bad JSON). */
const FRAMEWORK_CODES: Record<number, { code: string; title: string }> = {
  400: { code: 'BAD_REQUEST', title: 'The request is malformed' },
  404: { code: 'NOT_FOUND', title: 'No such endpoint' },
  405: { code: 'METHOD_NOT_ALLOWED', title: 'Method not allowed' },
  413: { code: 'PAYLOAD_TOO_LARGE', title: 'The request body is too large' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', title: 'The request body must be application/json' },
};

/** A request the gateway cannot read at all (not JSON, a broken URL, bad HTTP). */
export function malformedRequest(detail: string): ProblemInit {
  return { status: 400, ...FRAMEWORK_CODES[400], detail };
}

export function problemType(code: string): string {
  return `urn:npay-order-gateway:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

export function toProblemBody(problem: ProblemInit, requestId: string): ProblemDetails {
  return {
    type: problemType(problem.code),
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    code: problem.code,
    requestId,
    upstreamCode: problem.upstreamCode,
    upstreamTraceId: problem.upstreamTraceId,
    invalidParams: problem.invalidParams,
  };
}

function fromFrameworkError(error: unknown): ProblemInit {
  const status =
    error instanceof HttpException
      ? error.getStatus()
      : Number((error as { statusCode?: unknown })?.statusCode) || 500;
  const known = FRAMEWORK_CODES[status];

  if (known === undefined || status >= 500) {
    return {
      status: 500,
      code: 'INTERNAL_ERROR',
      title: 'Internal error',
      detail: 'The gateway failed unexpectedly; the request id locates the cause in its logs.',
    };
  }

  // Framework messages describe the request (route, content type, JSON position), never data.
  const message = error instanceof Error ? error.message : known.title;

  return { status, code: known.code, title: known.title, detail: message };
}

/** Answers every error, the gateway's own and the framework's, in one problem-details body. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = error instanceof ProblemException ? error.problem : fromFrameworkError(error);

    this.log(error, problem);

    const body = toProblemBody(problem, requestIdOf(request));

    if (problem.retryAfterSeconds !== undefined) {
      void reply.header('retry-after', String(problem.retryAfterSeconds));
    }

    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }

  private log(error: unknown, problem: ProblemInit): void {
    if (problem.status >= 500 && error instanceof ProblemException) {
      // An upstream failure, mapped on purpose: its code says all, a stack would add nothing.
      this.logger.warn(
        { code: problem.code, status: problem.status, upstreamCode: problem.upstreamCode },
        'Request failed upstream',
      );

      return;
    }

    if (problem.status >= 500) {
      // Only the name, message and stack: an HTTP client error object carries request headers,
      // the upstream token among them.
      const cause = error instanceof Error ? (error.cause ?? error) : error;
      const described =
        cause instanceof Error
          ? { name: cause.name, message: cause.message, stack: cause.stack }
          : { value: String(cause) };

      this.logger.error(
        { code: problem.code, status: problem.status, err: described },
        'Request failed',
      );

      return;
    }

    this.logger.debug({ code: problem.code, status: problem.status }, 'Request refused');
  }
}
