import { InvalidEnvironmentError, UpstreamTokenType, validateEnvironment } from './gateway.config';

const upstream = {
  NPAY_BASE_URL: 'https://api.pay.naver.com/npay/partner',
  NPAY_CLIENT_ID: '7dMvteboKNHwyRremLXXXX',
  NPAY_CLIENT_SECRET: '$2a$04$abcdefghijklmnopqrstuv',
};

function failureOf(raw: Record<string, string>): string {
  try {
    validateEnvironment(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidEnvironmentError);

    return (error as Error).message;
  }

  throw new Error('the environment was accepted');
}

describe('validateEnvironment', () => {
  it('runs in sandbox mode with defaults when nothing is set', () => {
    const environment = validateEnvironment({});

    expect(environment.NPAY_CLIENT_ID).toBeUndefined();
    expect(environment.PORT).toBe(3000);
    expect(environment.NPAY_TOKEN_TYPE).toBe(UpstreamTokenType.SELF);
    expect(environment.NPAY_TIMEOUT_MS).toBe(10_000);
  });

  it('reads numbers and upstream credentials', () => {
    const environment = validateEnvironment({ ...upstream, PORT: '8080', NPAY_TIMEOUT_MS: '3000' });

    expect(environment.PORT).toBe(8080);
    expect(environment.NPAY_TIMEOUT_MS).toBe(3000);
    expect(environment.NPAY_CLIENT_SECRET).toBe(upstream.NPAY_CLIENT_SECRET);
  });

  it('names a malformed secret without printing it', () => {
    const message = failureOf({ ...upstream, NPAY_CLIENT_SECRET: 'not-a-bcrypt-salt-s3cr3t' });

    expect(message).toContain('NPAY_CLIENT_SECRET');
    expect(message).not.toContain('s3cr3t');
  });

  it('requires the base URL and secret once a client id is set', () => {
    const message = failureOf({ NPAY_CLIENT_ID: upstream.NPAY_CLIENT_ID });

    expect(message).toContain('NPAY_BASE_URL');
    expect(message).toContain('NPAY_CLIENT_SECRET');
  });

  it('requires an account id for SELLER tokens', () => {
    expect(failureOf({ ...upstream, NPAY_TOKEN_TYPE: 'SELLER' })).toContain('NPAY_ACCOUNT_ID');
  });

  it.each([
    ['PORT', '70000'],
    ['PORT', 'eighty'],
    ['NPAY_TOKEN_TYPE', 'OWNER'],
    ['NPAY_TIMEOUT_MS', '5'],
    ['LOG_LEVEL', 'loud'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    const message = failureOf({ ...upstream, [name]: value });

    expect(message).toContain(name);
    expect(message).not.toContain(value);
  });
});
