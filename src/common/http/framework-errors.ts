import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

import type { FastifyReply, FastifyRequest } from 'fastify';

import {
  malformedRequest,
  PROBLEM_CONTENT_TYPE,
  toProblemBody,
} from '../problem/problem-details.filter';
import { ProblemInit } from '../problem/problem.exception';
import { REQUEST_ID_HEADER } from '../request-id';

/**
 * A URL Fastify's router refuses before any route runs (bad percent-encoding, an over-long
 * path parameter), answered as every other error is.
 */
export function answerRouterError(
  error: Error & { code?: string },
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const problem = malformedRequest(
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'A path parameter is too long'
      : 'The URL is not valid: check its percent-encoding',
  );

  void reply
    .status(problem.status)
    .header(REQUEST_ID_HEADER, request.id)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(toProblemBody(problem, request.id));
}

function clientErrorProblem(code: string | undefined): ProblemInit {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return {
      status: 431,
      code: 'HEADERS_TOO_LARGE',
      title: 'The request line or headers are too large',
      detail: 'The URL and headers together must stay under 16 KiB',
    };
  }

  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return {
      status: 408,
      code: 'REQUEST_TIMEOUT',
      title: 'The request did not arrive in time',
      detail: 'The request was not received completely in time',
    };
  }

  return malformedRequest(
    'The request is not valid HTTP/1.1 (unknown method, or a malformed line or header)',
  );
}

/**
 * Node's HTTP parser refused the bytes before a request existed: no route, hook or filter runs,
 * so the problem is written to the socket here, and the connection closed as Node would.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) {
    return;
  }

  if (socket.writable) {
    const problem = clientErrorProblem(error.code);
    const requestId = randomUUID();
    const body = JSON.stringify(toProblemBody(problem, requestId));

    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n` +
        `content-type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\n` +
        `${REQUEST_ID_HEADER}: ${requestId}\r\n` +
        'connection: close\r\n\r\n' +
        body,
    );
  }

  socket.destroy(error);
}
