import { QueryReader, parseQuery } from '../http/request-input';
import { SandboxOperation } from '../http/sandbox-operation';
import { TOKEN_ERROR_CODES, tokenError } from '../sandbox-errors';
import { TokenType } from '../sandbox-token';

const TOKEN_FIELDS = [
  'client_id',
  'timestamp',
  'client_secret_sign',
  'grant_type',
  'type',
  'account_id',
] as const;

const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

/** 인증 토큰 발급 (reference 2): client credentials signed with bcrypt, form body only. */
export const tokenOperation: SandboxOperation = {
  name: 'token',
  method: 'POST',
  path: '/v1/oauth2/token',
  authentication: 'none',
  errorShape: 'token',
  envelope: 'bare',
  handle(request, { tokens }) {
    // The upstream announced it would refuse fields sent in the URL (reference 2.1); the
    // sandbox already does, so a gateway that still sends them fails here first.
    const misplaced = TOKEN_FIELDS.filter((field) => field in request.query);

    if (misplaced.length > 0) {
      throw tokenError(
        TOKEN_ERROR_CODES.invalidRequest,
        '토큰 발급 요청 값은 URL 쿼리가 아닌 요청 본문에 담아야 합니다.',
        misplaced.map((name) => ({
          name,
          message: '요청 본문으로 보내야 합니다.',
          type: 'location',
        })),
      );
    }

    if (request.mediaType !== FORM_MEDIA_TYPE) {
      throw tokenError(
        TOKEN_ERROR_CODES.invalidRequest,
        `Content-Type은 ${FORM_MEDIA_TYPE} 이어야 합니다.`,
      );
    }

    const form = new QueryReader(parseQuery(request.rawBody));
    const clientId = form.string('client_id', true);
    const timestamp = form.string('timestamp', true);
    const sign = form.string('client_secret_sign', true);
    const grantType = form.oneOf('grant_type', ['client_credentials'], true);
    const type = form.oneOf<TokenType>('type', ['SELF', 'SELLER'], true);
    const accountId = form.string('account_id');

    if (timestamp !== undefined && !/^\d{1,16}$/.test(timestamp)) {
      form.problem('timestamp', { type: 'typeMismatch', message: '밀리초 단위 숫자여야 합니다.' });
    }

    if (type === 'SELLER' && accountId === undefined) {
      form.problem('account_id', { type: 'NotNull', message: 'type=SELLER 이면 필수입니다.' });
    }

    if (type === 'SELF' && accountId !== undefined) {
      form.problem('account_id', {
        type: 'NotAllowed',
        message: 'type=SELF 이면 보낼 수 없습니다.',
      });
    }

    // Missing fields are already listed as problems; the checks below narrow the types.
    const complete = clientId && timestamp && sign && grantType && type;

    if (form.invalidInputs.length > 0 || !complete) {
      throw tokenError(
        TOKEN_ERROR_CODES.invalidRequest,
        '토큰 발급 요청 값이 올바르지 않습니다.',
        form.invalidInputs,
      );
    }

    tokens.verifyClient(clientId, timestamp, sign);

    return tokens.issue({ clientId, type, accountId });
  },
};
