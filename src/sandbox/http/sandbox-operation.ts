import { ErrorBodyShape } from '../sandbox-errors';
import { SandboxTokens } from '../sandbox-token';
import { SandboxInquiryStore } from '../store/sandbox-inquiry-store';
import { SandboxOrderStore } from '../store/sandbox-order-store';
import { SandboxReviews } from '../store/sandbox-reviews';
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
  | 'getProductOrdersWithConditions'
  | 'confirmProductOrders'
  | 'delayDispatch'
  | 'dispatchProductOrders'
  | 'requestCancel'
  | 'approveCancel'
  | 'requestReturn'
  | 'approveReturn'
  | 'rejectReturn'
  | 'holdbackReturn'
  | 'releaseReturnHoldback'
  | 'completeExchangeCollect'
  | 'redeliverExchange'
  | 'rejectExchange'
  | 'holdbackExchange'
  | 'releaseExchangeHoldback'
  | 'getReviews'
  | 'getInquiries'
  | 'answerInquiry'
  | 'updateInquiryAnswer'
  | 'getSettleCases'
  | 'getSettleDaily'
  | 'getCommissionDetails'
  | 'getVatCases'
  | 'getVatDaily';

/** What operation handlers work with. */
export interface SandboxServices {
  /** The sandbox clock, epoch ms. */
  now(): number;
  store: SandboxOrderStore;
  inquiries: SandboxInquiryStore;
  reviews: SandboxReviews;
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
 * How the result is sent (reference 3.3):
 * - 'data': `{timestamp, traceId, data}`, the order APIs;
 * - 'bare': the result itself, e.g. the token, the inquiry list (a Spring Page), settlement;
 * - 'result': `{code, message, data, timestamp, traceId}`, the inquiry answers, whose traceId is
 *   the inquiry service's 16 hex rather than the gateway's.
 */
export type SuccessEnvelope = 'data' | 'bare' | 'result';

/**
 * One upstream operation, declared once: the server registers a route per entry and runs faults,
 * authentication, the envelope and error bodies around `handle`. Later additions (per-operation
 * rate limits, say) are new fields here.
 */
export interface SandboxOperation {
  /**
   * Stable name used by the journal and fault injection, e.g. `getLastChangedStatuses`. Two
   * entries may share one when the upstream answers the same operation on two paths.
   */
  name: SandboxOperationName;
  method: 'GET' | 'POST' | 'PUT';
  /** Path under `/npay/partner`, with `:name` parameters. */
  path: string;
  authentication: 'bearer' | 'none';
  errorShape: ErrorBodyShape;
  envelope: SuccessEnvelope;
  /** Returns the response data, or throws a SandboxError. */
  handle(request: OperationRequest, services: SandboxServices): unknown;
}
