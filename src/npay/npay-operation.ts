export type HttpMethod = 'GET' | 'POST' | 'PUT';

/** A query string value; lists are sent as repeated keys, the form Spring binds. */
export type QueryValue = string | number | boolean | readonly string[] | undefined;

export interface OperationInput {
  /** Values for the `{name}` placeholders of the path; each is percent-encoded. */
  pathParams?: Record<string, string>;
  query?: object;
  body?: object;
}

/**
 * One upstream operation, declared once as data; each domain module keeps a table of its own.
 * `TInput` and `TResult` exist only for the type checker, so a caller can't send the wrong
 * input or misread the result.
 */
export interface NpayOperation<TInput extends OperationInput, TResult> {
  /** Stable name, used in logs and metrics. */
  readonly name: string;
  /** The upstream's Korean name for it, as in the Naver Pay documents. */
  readonly title: string;
  readonly method: HttpMethod;
  /** Path below the base URL, with `{name}` placeholders. */
  readonly path: string;
  /**
   * `data`: the result is the `data` member of `{timestamp, traceId, data}`; `bare`: the body
   * itself is the result (settlement and inquiry lists are not wrapped).
   */
  readonly envelope: 'data' | 'bare';
  /** Sending it twice changes nothing upstream (reads). Writes are never resent blindly. */
  readonly idempotent: boolean;
  readonly types?: { input: TInput; result: TResult };
}

/**
 * Declares an operation; called with the input and result types first, then the spec:
 * `defineOperation<{ body: X }, Y>()({ ... })`.
 */
export const defineOperation =
  <TInput extends OperationInput, TResult>() =>
  (spec: Omit<NpayOperation<TInput, TResult>, 'types'>): NpayOperation<TInput, TResult> =>
    spec;

/** The merchant order API's path prefix. */
export const ORDER_API = '/v1/pay-order/mall';
