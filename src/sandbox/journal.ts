import type { SandboxFaultKind } from './faults';
import { SandboxOperationName } from './http/sandbox-operation';

/** One request as the sandbox received it, for tests to assert what the gateway sent. */
export interface SandboxJournalEntry {
  /** The operation name (e.g. `getLastChangedStatuses`, `token`), or `notFound`. */
  operation: SandboxOperationName | 'notFound';
  method: string;
  /** Path and query exactly as received, not decoded. */
  rawUrl: string;
  /** The path part of rawUrl, still encoded. */
  path: string;
  /** Decoded query: one string per key, or an array when the key repeats. */
  query: Record<string, string | string[]>;
  /** Request headers with lower-cased names. */
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent ('' when there was none). */
  rawBody: string;
  /** The body parsed by its content type (JSON or form), undefined when unparseable/absent. */
  body: unknown;
  /** The status sent; 0 while unanswered, or when no answer was sent (reset, left hanging). */
  status: number;
  /** Sandbox clock (epoch ms) when the request arrived. */
  receivedAt: number;
  /** The injected fault this request met, if any. */
  fault?: SandboxFaultKind;
  /**
   * For a write that ran: the product orders it reported done, whether or not its answer
   * reached the client (a reset after the write, a stalled body). Absent when it didn't run.
   */
  appliedProductOrderIds?: string[];
}

/**
 * Every request received, oldest first. Bounded so a long benchmark cannot grow it without
 * limit: past `limit` entries the oldest are dropped.
 */
export class SandboxJournal {
  public readonly entries: SandboxJournalEntry[] = [];

  constructor(private readonly limit = 10_000) {}

  public record(entry: SandboxJournalEntry): void {
    if (this.entries.length >= this.limit) {
      this.entries.shift();
    }

    this.entries.push(entry);
  }

  /** Empties the journal in place, so references to `entries` stay valid. */
  public clear(): void {
    this.entries.length = 0;
  }

  public byOperation(operation: SandboxOperationName | 'notFound'): SandboxJournalEntry[] {
    return this.entries.filter((entry) => entry.operation === operation);
  }
}
