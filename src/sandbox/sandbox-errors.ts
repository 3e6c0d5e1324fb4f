/**
 * Every error the sandbox answers with, and the one function that writes their bodies.
 *
 * Bodies follow reference 3.4: order APIs and gateway errors send
 * `{code, message, timestamp, traceId}` (plus `invalidInputs` on validation errors); the token
 * endpoint sends `{code, message, timestamp}` (plus `invalidInputs` for field errors), per 2.4.
 */

export interface InvalidInput {
  name: string;
  message: string;
  type: string;
}

export type ErrorBodyShape = 'api' | 'token';

export class SandboxError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly invalidInputs?: readonly InvalidInput[],
  ) {
    super(message);
  }
}

/** The upstream gateway's own messages (reference 3.4), sent as is. */
export const GATEWAY_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  'GW.AUTHN': '요청을 보낼 권한이 없습니다.',
  'GW.IP_NOT_ALLOWED': '호출이 허용되지 않은 IP입니다.',
  'GW.NOT_FOUND': '요청하신 리소스를 찾을 수 없습니다.',
  'GW.RATE_LIMIT': '요청이 많아 서비스를 일시적으로 사용할 수 없습니다.',
  'GW.QUOTA_LIMIT': '할당된 시간당 요청량을 초과하였습니다.',
  'GW.INTERNAL_SERVER_ERROR': '작업 중 오류가 발생하였습니다.',
  'GW.BLOCK.01': '서비스를 일시적으로 사용할 수 없습니다.',
  'GW.BLOCK.02': '서비스를 일시적으로 사용할 수 없습니다.',
  'GW.TIMEOUT.01': '요청 대기 시간이 초과되었습니다.',
  'GW.TIMEOUT.02': '요청 대기 시간이 초과되었습니다.',
};

/** Messages of the order API codes the sandbox sends (reference 3.4 names the meanings). */
const ORDER_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  '4000': '요청 파라미터가 올바르지 않습니다.',
  '9999': '알 수 없는 오류가 발생했습니다.',
  '100001': '상품 주문 정보가 존재하지 않습니다.',
  '100003': '주문 정보가 존재하지 않습니다.',
  '104139': '조회 가능한 기간을 초과하였습니다.',
};

/** A plausible message for an injected code; `GW.PROXY.*` shares the internal-error text. */
export function defaultMessageFor(code: string): string {
  if (code.startsWith('GW.PROXY')) {
    return GATEWAY_ERROR_MESSAGES['GW.INTERNAL_SERVER_ERROR'];
  }

  return (
    GATEWAY_ERROR_MESSAGES[code] ?? ORDER_ERROR_MESSAGES[code] ?? '샌드박스가 주입한 오류입니다.'
  );
}

export const gatewayErrors = {
  unauthenticated: () => new SandboxError(401, 'GW.AUTHN', GATEWAY_ERROR_MESSAGES['GW.AUTHN']),
  notFound: () => new SandboxError(404, 'GW.NOT_FOUND', GATEWAY_ERROR_MESSAGES['GW.NOT_FOUND']),
  internal: () =>
    new SandboxError(
      500,
      'GW.INTERNAL_SERVER_ERROR',
      GATEWAY_ERROR_MESSAGES['GW.INTERNAL_SERVER_ERROR'],
    ),
};

export const orderErrors = {
  /** 400 `4000`: a parameter is missing or ill-formed; `invalidInputs` says which. */
  invalidRequest: (invalidInputs: readonly InvalidInput[]) =>
    new SandboxError(400, '4000', ORDER_ERROR_MESSAGES['4000'], invalidInputs),
  /** 400 `104139`: a date window longer than the 24 h the upstream allows [U code choice]. */
  dateRangeExceeded: () => new SandboxError(400, '104139', ORDER_ERROR_MESSAGES['104139']),
  /** 400 `100003`: the order does not exist (reference 4.3) [U]. */
  orderNotFound: () => new SandboxError(400, '100003', ORDER_ERROR_MESSAGES['100003']),
};

/**
 * Token endpoint codes. The upstream's 400 codes for these cases are not published (reference
 * 2.4 [U]); these names are the sandbox's own, chosen to say what went wrong.
 */
export const TOKEN_ERROR_CODES = {
  invalidRequest: 'INVALID_REQUEST',
  unknownClient: 'INVALID_CLIENT',
  invalidSignature: 'INVALID_CLIENT_SECRET_SIGN',
  timestampOutOfRange: 'INVALID_TIMESTAMP',
} as const;

export function tokenError(
  code: (typeof TOKEN_ERROR_CODES)[keyof typeof TOKEN_ERROR_CODES],
  message: string,
  invalidInputs?: readonly InvalidInput[],
): SandboxError {
  return new SandboxError(400, code, message, invalidInputs);
}

/** Anything thrown while handling a request, as the error the client gets. */
export function toSandboxError(error: unknown): SandboxError {
  if (error instanceof SandboxError) {
    return error;
  }

  // Fastify's own 4xx (body too large, malformed request line...) stay client errors.
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;

  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new SandboxError(status, '4000', ORDER_ERROR_MESSAGES['4000']);
  }

  return gatewayErrors.internal();
}

export function errorBody(
  error: SandboxError,
  shape: ErrorBodyShape,
  timestamp: string,
  traceId: string,
): Record<string, unknown> {
  const body: Record<string, unknown> = { code: error.code, message: error.message, timestamp };

  if (shape === 'api') {
    body.traceId = traceId;
  }

  if (error.invalidInputs !== undefined && error.invalidInputs.length > 0) {
    body.invalidInputs = error.invalidInputs;
  }

  return body;
}
