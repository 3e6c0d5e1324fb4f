import type { FastifyInstance } from 'fastify';

import {
  ANY_OPERATION,
  FAULT_KINDS,
  FaultTarget,
  SandboxFaultKind,
  SandboxFaultSpec,
  SandboxFaults,
} from '../faults';

/** The sandbox's own admin path; outside `/npay/partner`, so no upstream path can clash. */
export const FAULT_ADMIN_PATH = '/__sandbox/faults';

class InvalidFaultRequest extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function optionalNumber(
  body: Record<string, unknown>,
  name: string,
  valid: (value: number) => boolean,
): number | undefined {
  const value = body[name];

  if (value === undefined) {
    return undefined;
  }

  if (typeof value !== 'number' || !valid(value)) {
    throw new InvalidFaultRequest(`${name} is out of range`);
  }

  return value;
}

/**
 * Reads `{ operation, kind, status, code, message, headers, times, probability, delayMs }`.
 * `times: null` means until cleared, JSON having no Infinity.
 */
export function readFaultRequest(
  raw: string,
  operations: ReadonlySet<string>,
): { target: FaultTarget; spec: SandboxFaultSpec } {
  let body: unknown;

  try {
    body = JSON.parse(raw);
  } catch {
    throw new InvalidFaultRequest('the body must be a JSON object');
  }

  if (!isObject(body)) {
    throw new InvalidFaultRequest('the body must be a JSON object');
  }

  const target = body.operation;

  if (typeof target !== 'string' || (target !== ANY_OPERATION && !operations.has(target))) {
    throw new InvalidFaultRequest(`operation must be "*" or one of: ${[...operations].join(', ')}`);
  }

  const kind = (body.kind ?? 'error') as SandboxFaultKind;

  if (!FAULT_KINDS.includes(kind)) {
    throw new InvalidFaultRequest(`kind must be one of: ${FAULT_KINDS.join(', ')}`);
  }

  const common = {
    times:
      body.times === null
        ? Infinity
        : optionalNumber(body, 'times', (value) => Number.isInteger(value) && value >= 1),
    probability: optionalNumber(body, 'probability', (value) => value > 0 && value <= 1),
    delayMs: optionalNumber(body, 'delayMs', (value) => value >= 0 && value <= 600_000),
  };

  if (kind !== 'error') {
    return { target: target as FaultTarget, spec: { kind, ...common } };
  }

  const status = optionalNumber(body, 'status', (value) => Number.isInteger(value));
  const { code, message, headers } = body;

  if (status === undefined || status < 100 || status > 599) {
    throw new InvalidFaultRequest('an error fault needs a status between 100 and 599');
  }

  if (typeof code !== 'string' || code === '') {
    throw new InvalidFaultRequest('an error fault needs a code');
  }

  if (message !== undefined && typeof message !== 'string') {
    throw new InvalidFaultRequest('message must be a string');
  }

  if (headers !== undefined && !(isObject(headers) && Object.values(headers).every(isString))) {
    throw new InvalidFaultRequest('headers must be an object of strings');
  }

  return {
    target: target as FaultTarget,
    spec: { kind, status, code, message, headers: headers as Record<string, string>, ...common },
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * `POST /__sandbox/faults` adds a fault, `GET` lists the pending ones, `DELETE` clears them all:
 * the run-time switch for the soak script and manual testing (tests use `sandbox.faults`). The
 * sandbox listens on loopback and only runs in sandbox mode, so the endpoint has no
 * authentication.
 */
export function registerFaultAdmin(
  app: FastifyInstance,
  faults: SandboxFaults,
  operations: ReadonlySet<string>,
): void {
  const config = { admin: true };

  app.post(FAULT_ADMIN_PATH, { config }, async (request, reply) => {
    try {
      const { target, spec } = readFaultRequest(
        typeof request.body === 'string' ? request.body : '',
        operations,
      );

      faults.inject(target, spec);

      return await reply.status(201).send({ pending: faults.list() });
    } catch (error) {
      if (error instanceof InvalidFaultRequest) {
        return reply.status(400).send({ error: error.message });
      }

      throw error;
    }
  });

  app.get(FAULT_ADMIN_PATH, { config }, async () => ({ pending: faults.list() }));

  app.delete(FAULT_ADMIN_PATH, { config }, async (_request, reply) => {
    faults.clear();

    return reply.status(204).send();
  });
}
