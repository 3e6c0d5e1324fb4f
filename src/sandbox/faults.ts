import { SandboxOperationName } from './http/sandbox-operation';
import { defaultMessageFor } from './sandbox-errors';

export interface SandboxFaultSpec {
  /** HTTP status to answer with, e.g. 429, 500, 503. */
  status: number;
  /** Body code, e.g. `GW.RATE_LIMIT`, `GW.TIMEOUT.02`, `9999`. */
  code: string;
  /** Body message; the upstream's text for known codes when omitted. */
  message?: string;
  /** How many of the next calls fail (default 1; Infinity until cleared). */
  times?: number;
  /** Wait this long before answering, e.g. to trip the client's timeout. */
  delayMs?: number;
}

export interface SandboxFault {
  status: number;
  code: string;
  message: string;
  delayMs: number;
}

interface PendingFault extends SandboxFault {
  remaining: number;
}

/** Any operation: `faults.inject('*', ...)`. */
export const ANY_OPERATION = '*';

export type FaultTarget = SandboxOperationName | typeof ANY_OPERATION;

/**
 * Faults waiting to hit the next calls of an operation (its name, `token` for the token
 * endpoint, or `*` for any). Faults for the operation itself go before `*` ones; several faults
 * for the same target apply one after the other, in the order injected.
 */
export class SandboxFaults {
  private readonly pending = new Map<FaultTarget, PendingFault[]>();

  public inject(target: FaultTarget, spec: SandboxFaultSpec): void {
    const queue = this.pending.get(target) ?? [];

    queue.push({
      status: spec.status,
      code: spec.code,
      message: spec.message ?? defaultMessageFor(spec.code),
      delayMs: spec.delayMs ?? 0,
      remaining: spec.times ?? 1,
    });
    this.pending.set(target, queue);
  }

  public clear(): void {
    this.pending.clear();
  }

  /** The fault for this call of `operation`, if any, counting the call against it. */
  public take(operation: SandboxOperationName): SandboxFault | undefined {
    // Nearly every call meets no fault, so that case skips the lookups.
    if (this.pending.size === 0) {
      return undefined;
    }

    return this.takeFrom(operation) ?? this.takeFrom(ANY_OPERATION);
  }

  private takeFrom(target: FaultTarget): SandboxFault | undefined {
    const queue = this.pending.get(target);
    const fault = queue?.[0];

    if (queue === undefined || fault === undefined) {
      return undefined;
    }

    fault.remaining -= 1;

    if (fault.remaining <= 0) {
      queue.shift();
    }

    if (queue.length === 0) {
      this.pending.delete(target);
    }

    const { remaining: _remaining, ...taken } = fault;

    return taken;
  }
}
