/**
 * Every error the sandbox answers with, and the one place their bodies are written.
 *
 * Bodies follow reference 3.4: order APIs and gateway errors send
 * `{code, message, timestamp, traceId}` (plus `invalidInputs` on validation errors); the token
 * endpoint sends `{code, message, timestamp}` (plus `invalidInputs` for field errors), per 2.4.
 * The inquiry service (4.21, 4.22) sends `invalidInputs` items without `type` and its own
 * 16-hex trace id; settlement (4.23) always sends `invalidInputs`, empty when nothing is wrong.
 */

export interface InvalidInput {
  name: string;
  message: string;
  type: string;
}

export type ErrorBodyShape = 'api' | 'token' | 'inquiry' | 'settlement';

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

/**
 * Messages of the order API codes the sandbox sends, worded after the Commerce doc's code table
 * (reference 3.4 names the meanings); the upstream's exact sentences are not published.
 */
const ORDER_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  '4000': '요청 파라미터가 올바르지 않습니다.',
  '9999': '알 수 없는 오류가 발생했습니다.',
  '100001': '상품 주문 정보가 존재하지 않습니다.',
  '100003': '주문 정보가 존재하지 않습니다.',
  '104105': '발송 기한 입력 범위를 초과하였습니다.',
  '104116': '배송 방법 변경이 필요합니다(배송 없음 주문).',
  '104117': '배송 방법 변경이 필요합니다.',
  '104118': '택배사를 입력해 주세요.',
  '104119': '택배사 코드를 확인해 주세요.',
  '104120': '송장 번호를 입력해 주세요.',
  '104121': '이미 사용된 송장 번호입니다.',
  '104122': '유효하지 않은 송장 번호입니다.',
  '104131': '상품 주문 번호가 중복되었습니다.',
  '104133': '잘못된 요청입니다.',
  '104139': '조회 가능한 기간을 초과하였습니다.',
  '104417': '교환 상태 확인이 필요합니다(재배송 처리 불가능 주문 상태).',
  '104442': '상품 주문 상태 확인이 필요합니다.',
  '104443': '발주 상태 확인이 필요합니다.',
  '105306': '변경을 요청한 상태가 기존과 동일합니다.',
};

/** The inquiry list's codes (reference 4.21), with the doc's own sentences. */
const INQUIRY_ERROR_MESSAGES = {
  '4001': 'API 명세에 맞지 않는 입력 값입니다.',
  '4002': '조회 시작일이 조회 종료일 이후 날짜일 수 없습니다.',
  '4003': '스마트스토어/가맹점의 경우 최대 365일만 조회 가능합니다.',
  '4004': '페이지 번호가 1보다 작을 수 없습니다.',
  '4005': '페이지 번호가 1000000보다 클 수 없습니다.',
  '4006': '페이지 크기가 10보다 작을 수 없습니다.',
  '4007': '페이지 크기가 200보다 클 수 없습니다.',
} as const;

export type InquirySearchErrorCode = Exclude<keyof typeof INQUIRY_ERROR_MESSAGES, '4001'>;

/** A plausible message for an injected code; `GW.PROXY.*` shares the internal-error text. */
export function defaultMessageFor(code: string): string {
  if (code.startsWith('GW.PROXY')) {
    return GATEWAY_ERROR_MESSAGES['GW.INTERNAL_SERVER_ERROR'];
  }

  return (
    GATEWAY_ERROR_MESSAGES[code] ?? ORDER_ERROR_MESSAGES[code] ?? '샌드박스가 주입한 오류입니다.'
  );
}

/** One entry of `failProductOrderInfos` (reference 3.3): the same codes as the 400 bodies. */
export interface ProcessingFailure {
  productOrderId: string;
  code: string;
  message: string;
}

export function processingFailure(productOrderId: string, code: string): ProcessingFailure {
  return { productOrderId, code, message: defaultMessageFor(code) };
}

export const gatewayErrors = {
  unauthenticated: () => new SandboxError(401, 'GW.AUTHN', GATEWAY_ERROR_MESSAGES['GW.AUTHN']),
  notFound: () => new SandboxError(404, 'GW.NOT_FOUND', GATEWAY_ERROR_MESSAGES['GW.NOT_FOUND']),
  rateLimited: () =>
    new SandboxError(429, 'GW.RATE_LIMIT', GATEWAY_ERROR_MESSAGES['GW.RATE_LIMIT']),
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

/** The inquiry service's errors (reference 4.21 list, 4.22 answers). */
export const inquiryErrors = {
  /** 400 `4001`: a parameter does not fit the spec; the only inquiry code with invalidInputs. */
  invalidInput: (invalidInputs: readonly InvalidInput[]) =>
    new SandboxError(400, '4001', INQUIRY_ERROR_MESSAGES['4001'], invalidInputs),
  /** 400 `4002`–`4007`: a well-formed search outside the allowed dates or paging. */
  search: (code: InquirySearchErrorCode) =>
    new SandboxError(400, code, INQUIRY_ERROR_MESSAGES[code]),
  /** 400 `ERR-NC-101001`: the answer request itself is not acceptable. */
  abnormalRequest: (invalidInputs?: readonly InvalidInput[]) =>
    new SandboxError(400, 'ERR-NC-101001', '정상적인 요청이 아닙니다.', invalidInputs),
  /** 400 `ERR-NC-101004`, with the doc example's sentence. */
  inquiryNotFound: (inquiryNo: string) =>
    new SandboxError(400, 'ERR-NC-101004', `문의 번호 ${inquiryNo}에 해당하는 문의가 없습니다.`),
  /** 400 `ERR-NC-101010`: registering a second answer; changing one goes through the PUT. */
  alreadyAnswered: () =>
    new SandboxError(400, 'ERR-NC-101010', '해당 문의에 이미 답변이 존재합니다.'),
};

/** Settlement's one client error (reference 4.23), with the doc example's message. */
export const settlementErrors = {
  badRequest: (invalidInputs: readonly InvalidInput[]) =>
    new SandboxError(400, 'BAD_REQUEST', '잘못된 요청', invalidInputs),
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

/**
 * The body shape an error is sent in. `GW.*` errors come from the upstream's gateway in front
 * of the inquiry and settlement services too, so there they keep the gateway's shape (and trace
 * id). The token endpoint keeps its own shape for them, as it always has.
 */
export function errorShapeFor(error: SandboxError, routeShape: ErrorBodyShape): ErrorBodyShape {
  const isServiceShape = routeShape === 'inquiry' || routeShape === 'settlement';

  return isServiceShape && error.code.startsWith('GW.') ? 'api' : routeShape;
}

/** `traceId` is the gateway's for 'api' and 'settlement', the service's 16 hex for 'inquiry'. */
export function errorBody(
  error: SandboxError,
  shape: ErrorBodyShape,
  timestamp: string,
  traceId: string,
): Record<string, unknown> {
  const body: Record<string, unknown> = { code: error.code, message: error.message };
  const invalidInputs = error.invalidInputs ?? [];

  switch (shape) {
    case 'token':
      return withInvalidInputs({ ...body, timestamp }, invalidInputs);
    case 'api':
      return withInvalidInputs({ ...body, timestamp, traceId }, invalidInputs);
    case 'inquiry':
      return withInvalidInputs(
        { ...body, traceId, timestamp },
        invalidInputs.map(({ name, message }) => ({ name, message })),
      );
    case 'settlement':
      return { ...body, invalidInputs, timestamp, traceId };
  }
}

function withInvalidInputs(
  body: Record<string, unknown>,
  invalidInputs: readonly unknown[],
): Record<string, unknown> {
  return invalidInputs.length > 0 ? { ...body, invalidInputs } : body;
}
