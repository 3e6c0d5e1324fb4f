import { plainToInstance, Transform } from 'class-transformer';
import {
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  ValidateIf,
  validateSync,
  ValidationError,
} from 'class-validator';

export enum UpstreamTokenType {
  /** The application's own resources: what a merchant's own integration uses. */
  SELF = 'SELF',
  /** A related seller's resources; needs the seller's account id. */
  SELLER = 'SELLER',
}

const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;

const emptyToUndefined = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * The environment the gateway reads at start-up. Without NPAY_CLIENT_ID the gateway runs in
 * sandbox mode and ignores the other NPAY_* credentials.
 */
export class GatewayEnvironment {
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsString()
  HOST = '0.0.0.0';

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Base URL of the upstream, e.g. https://api.pay.naver.com/npay/partner. */
  @Transform(emptyToUndefined)
  @ValidateIf((env: GatewayEnvironment) => env.NPAY_CLIENT_ID !== undefined)
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  NPAY_BASE_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'must be the application id issued by Naver Pay' })
  NPAY_CLIENT_ID?: string;

  /** The issued client secret is itself a bcrypt salt. */
  @Transform(emptyToUndefined)
  @ValidateIf((env: GatewayEnvironment) => env.NPAY_CLIENT_ID !== undefined)
  @Matches(/^\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{22}$/, {
    message: 'must be the issued secret, a bcrypt salt such as $2a$04$ followed by 22 characters',
  })
  NPAY_CLIENT_SECRET?: string;

  @IsOptional()
  @IsEnum(UpstreamTokenType)
  NPAY_TOKEN_TYPE: UpstreamTokenType = UpstreamTokenType.SELF;

  @Transform(emptyToUndefined)
  @ValidateIf((env: GatewayEnvironment) => env.NPAY_TOKEN_TYPE === UpstreamTokenType.SELLER)
  @IsString({ message: 'is required when NPAY_TOKEN_TYPE is SELLER' })
  NPAY_ACCOUNT_ID?: string;

  /** Time allowed for one upstream HTTP exchange, connection to last byte. */
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(120_000)
  NPAY_TIMEOUT_MS = 10_000;

  /**
   * The most time one caller request may take upstream, every attempt, wait and backoff
   * included; past it the caller gets a 504. Keep it below the load balancer's idle timeout.
   */
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(500)
  @Max(120_000)
  REQUEST_DEADLINE_MS = 20_000;

  /** Attempts per upstream call, the first included; only safe calls are retried. */
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(5)
  NPAY_MAX_ATTEMPTS = 3;

  /**
   * Requests per second per upstream API until the upstream states its own limit in its
   * headers; 0 sends without pacing until then.
   */
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(100_000)
  NPAY_RATE_LIMIT_PER_SECOND = 10;

  /** After the upstream refuses the gateway's credentials or IP, how long to stop calling it. */
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(3_600)
  NPAY_CREDENTIALS_COOLDOWN_SECONDS = 60;

  /** How long an open circuit breaker refuses calls before it tries the upstream again. */
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(600_000)
  NPAY_BREAKER_HALF_OPEN_AFTER_MS = 10_000;

  /**
   * Sandbox mode only: the per-API rate limit the embedded sandbox plays (reference 3.6), in
   * requests per second with a burst of twice that; 0 turns it off. See SandboxModule for why
   * it is on by default.
   */
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  SANDBOX_RATE_LIMIT_PER_SECOND = 10_000;

  /** How long before the token's stated expiry the gateway stops using it. */
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(1_800)
  NPAY_TOKEN_EXPIRY_MARGIN_SECONDS = 60;
}

export class InvalidEnvironmentError extends Error {}

function describe(errors: ValidationError[]): string {
  // Only the variable and the broken rule are named: a value may be a secret.
  return errors
    .map((error) => {
      const rules = Object.values(error.constraints ?? {}).map((rule) =>
        rule.startsWith(error.property) ? rule.slice(error.property.length).trim() : rule,
      );

      return `${error.property} ${rules.join('; ')}`;
    })
    .join('\n');
}

/** Validates the raw environment; the error message names each bad variable, never its value. */
export function validateEnvironment(raw: Record<string, unknown>): GatewayEnvironment {
  const environment = plainToInstance(GatewayEnvironment, raw, { exposeDefaultValues: true });
  const errors = validateSync(environment, { whitelist: false, validationError: { value: false } });

  if (errors.length > 0) {
    throw new InvalidEnvironmentError(`Invalid environment:\n${describe(errors)}`);
  }

  return environment;
}
