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
  status: number;
  /** Sandbox clock (epoch ms) when the request arrived. */
  receivedAt: number;
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
