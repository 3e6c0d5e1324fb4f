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
