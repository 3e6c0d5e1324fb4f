import { randomBytes, randomInt } from 'node:crypto';

import nativeBcrypt from 'bcrypt';

import { signClientSecret } from './client-secret-sign';

describe('signClientSecret', () => {
  it('matches the test vector of the Naver Commerce API documentation', async () => {
    const sign = await signClientSecret(
      'aaaabbbbcccc',
      '$2a$10$abcdefghijklmnopqrstuv',
      1643961623299,
    );

    expect(sign).toBe(
      'JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy',
    );
  });

  it('agrees with the native bcrypt implementation on random inputs', async () => {
    for (let round = 0; round < 20; round += 1) {
      const clientId = randomBytes(16).toString('base64url').slice(0, 22);
      const secret = nativeBcrypt.genSaltSync(4, 'a');
      const timestamp = randomInt(1_600_000_000_000, 2_000_000_000_000);
      const expected = Buffer.from(
        nativeBcrypt.hashSync(`${clientId}_${timestamp}`, secret),
      ).toString('base64');

      await expect(signClientSecret(clientId, secret, timestamp)).resolves.toBe(expected);
    }
  });

  it('is 80 characters of letters and digits, safe in a form body without escaping', async () => {
    const sign = await signClientSecret('client', nativeBcrypt.genSaltSync(4), Date.now());

    expect(sign).toMatch(/^[A-Za-z0-9]{80}$/);
  });
});
