import type { Socket } from 'node:net';

import { SandboxOperationName } from './http/sandbox-operation';
import { defaultMessageFor } from './sandbox-errors';

/**
 * What a fault does to a call:
 * - `error`: answers `status` with the upstream's error body for `code`;
 * - `latency`: answers normally, `delayMs` late;
 * - `reset-before-apply`: reads the whole request, then resets the connection without running
 *   the operation (the store is untouched);
 * - `reset-after-apply`: runs the operation (a write takes effect), then resets the connection
 *   instead of answering;
 * - `no-response`: reads the request and never answers, until the client gives up;
 * - `stall-mid-body`: runs the operation, sends the headers and half of the body, then nothing;
 * - `malformed-body`: runs the operation and answers 200 with its JSON cut in half.
 */
export type SandboxFaultKind =
  | 'error'
  | 'latency'
  | 'reset-before-apply'
  | 'reset-after-apply'
  | 'no-response'
  | 'stall-mid-body'
  | 'malformed-body';

export const FAULT_KINDS: readonly SandboxFaultKind[] = [
  'error',
  'latency',
  'reset-before-apply',
  'reset-after-apply',
  'no-response',
  'stall-mid-body',
  'malformed-body',
];

interface FaultCommon {
  /** How many of the next calls it hits (default 1; Infinity until cleared). */
  times?: number;
  /** Share of calls it hits, 0–1 (default 1), each call drawn at random; misses don't count. */
  probability?: number;
  /** Wait this long before acting, whatever the kind. */
  delayMs?: number;
}

export interface SandboxErrorFaultSpec extends FaultCommon {
  kind?: 'error';
  /** HTTP status to answer with, e.g. 429, 500, 503. */
  status: number;
  /** Body code, e.g. `GW.RATE_LIMIT`, `GW.TIMEOUT.02`, `9999`. */
  code: string;
  /** Body message; the upstream's text for known codes when omitted. */
  message?: string;
  /**
   * Headers to add. A `GW.RATE_LIMIT` answer gets the `GNCP-GW-RateLimit-*` headers and a
   * `GW.QUOTA_LIMIT` one the `GNCP-GW-Quota-*` headers anyway (see sandbox-server.ts); these
   * replace their values.
   */
  headers?: Record<string, string>;
}

export interface SandboxTransportFaultSpec extends FaultCommon {
  kind: Exclude<SandboxFaultKind, 'error'>;
}

export type SandboxFaultSpec = SandboxErrorFaultSpec | SandboxTransportFaultSpec;

export type SandboxFault =
  | {
      kind: 'error';
      delayMs: number;
      status: number;
      code: string;
      message: string;
      headers: Record<string, string>;
    }
  | { kind: Exclude<SandboxFaultKind, 'error'>; delayMs: number };

interface PendingFault {
  fault: SandboxFault;
  remaining: number;
  probability: number;
}

/** Any operation: `faults.inject('*', ...)`. */
export const ANY_OPERATION = '*';

export type FaultTarget = SandboxOperationName | typeof ANY_OPERATION;

/** A pending fault as listed by `GET /__sandbox/faults`. */
export interface PendingFaultView {
  target: FaultTarget;
  fault: SandboxFault;
  /** null: until cleared (JSON has no Infinity). */
  remaining: number | null;
  probability: number;
}

function toFault(spec: SandboxFaultSpec): SandboxFault {
  const delayMs = spec.delayMs ?? 0;

  if (spec.kind === undefined || spec.kind === 'error') {
    return {
      kind: 'error',
      delayMs,
      status: spec.status,
      code: spec.code,
      message: spec.message ?? defaultMessageFor(spec.code),
      headers: spec.headers ?? {},
    };
  }

  return { kind: spec.kind, delayMs };
}

/**
 * Faults waiting to hit the next calls of an operation (its name, `token` for the token
 * endpoint, or `*` for any), switchable at run time by tests and by the sandbox's admin
 * endpoint. Faults for the operation itself go before `*` ones; several faults for the same
 * target apply one after the other, in the order injected.
 *
 * It also keeps the connections that `no-response` and `stall-mid-body` hold open, so tests can
 * see that the client let go of them and the sandbox can cut them when it closes.
 */
export class SandboxFaults {
  private readonly pending = new Map<FaultTarget, PendingFault[]>();
  private readonly held = new Set<Socket>();

  public inject(target: FaultTarget, spec: SandboxFaultSpec): void {
    const queue = this.pending.get(target) ?? [];

    queue.push({
      fault: toFault(spec),
      remaining: spec.times ?? 1,
      probability: spec.probability ?? 1,
    });
    this.pending.set(target, queue);
  }

  public clear(): void {
    this.pending.clear();
  }

  public list(): PendingFaultView[] {
    return [...this.pending].flatMap(([target, queue]) =>
      queue.map((entry) => ({
        target,
        fault: entry.fault,
        remaining: Number.isFinite(entry.remaining) ? entry.remaining : null,
        probability: entry.probability,
      })),
    );
  }

  /** The fault for this call of `operation`, if any, counting the call against it. */
  public take(operation: SandboxOperationName): SandboxFault | undefined {
    // Nearly every call meets no fault, so that case skips the lookups.
    if (this.pending.size === 0) {
      return undefined;
    }

    return this.takeFrom(operation) ?? this.takeFrom(ANY_OPERATION);
  }

  /** Keeps a held connection on record until it closes. */
  public hold(socket: Socket): void {
    this.held.add(socket);
    socket.once('close', () => this.held.delete(socket));
  }

  /** Connections a `no-response` or `stall-mid-body` fault holds and the client hasn't closed. */
  public get heldConnections(): number {
    return this.held.size;
  }

  /** Cuts every held connection; the sandbox does it when it closes. */
  public releaseHeld(): void {
    for (const socket of this.held) {
      socket.destroy();
    }
  }

  private takeFrom(target: FaultTarget): SandboxFault | undefined {
    const queue = this.pending.get(target);
    const entry = queue?.[0];

    if (queue === undefined || entry === undefined) {
      return undefined;
    }

    if (entry.probability < 1 && Math.random() >= entry.probability) {
      return undefined;
    }

    entry.remaining -= 1;

    if (entry.remaining <= 0) {
      queue.shift();
    }

    if (queue.length === 0) {
      this.pending.delete(target);
    }

    return entry.fault;
  }
}
