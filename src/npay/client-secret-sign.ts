import bcrypt from 'bcryptjs';

/**
 * The token call's `client_secret_sign`: Base64 of bcrypt(`{clientId}_{timestampMillis}`) with
 * the issued client secret as the salt. A bcrypt hash is plain ASCII, so the Base64 text is the
 * same in the standard and URL-safe alphabets and never needs escaping.
 */
export async function signClientSecret(
  clientId: string,
  clientSecret: string,
  timestampMillis: number,
): Promise<string> {
  const hashed = await bcrypt.hash(`${clientId}_${timestampMillis}`, clientSecret);

  return Buffer.from(hashed, 'utf8').toString('base64');
}
