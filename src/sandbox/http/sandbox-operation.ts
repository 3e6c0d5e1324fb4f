import { ErrorBodyShape } from '../sandbox-errors';
import { SandboxTokens } from '../sandbox-token';
import { SandboxOrderStore } from '../store/sandbox-order-store';
import { QueryValues } from './request-input';

/**
 * Names of the operations the sandbox answers (see SANDBOX_OPERATIONS), used by fault injection
 * and journal queries. A new operation adds its name here.
 */
export type SandboxOperationName =
  | 'token'
  | 'getLastChangedStatuses'
  | 'queryProductOrders'
  | 'getProductOrderIds'
  | 'getProductOrdersWithConditions';

/** What operation handlers work with. */
export interface SandboxServices {
  /** The sandbox clock, epoch ms. */
  now(): number;
  store: SandboxOrderStore;
  tokens: SandboxTokens;
}

/** One received request, already decoded for the handler. */
export interface OperationRequest {
  params: Readonly<Record<string, string>>;
  query: QueryValues;
  /** Media type of the body, lower-cased, without parameters. */
  mediaType: string | undefined;
  rawBody: string;
  /** The body parsed by its media type; undefined when absent or unparseable. */
  body: unknown;
}

/**
 * One upstream operation, declared once: the server registers a route per entry and runs faults,
 * authentication, the envelope and error bodies around `handle`. Later additions (write
 * operations, per-operation rate limits) are new entries or new fields here.
 */
export interface SandboxOperation {
  /** Stable name used by the journal and fault injection, e.g. `getLastChangedStatuses`. */
  name: SandboxOperationName;
  method: 'GET' | 'POST';
  /** Path under `/npay/partner`, with `:name` parameters. */
  path: string;
  authentication: 'bearer' | 'none';
  errorShape: ErrorBodyShape;
  /** Whether the result is wrapped as `{timestamp, traceId, data}`. */
  envelope: boolean;
  /** Returns the response data, or throws a SandboxError. */
  handle(request: OperationRequest, services: SandboxServices): unknown;
}
