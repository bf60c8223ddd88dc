import { whyNotDevelopment } from './development-setup';
import { EMBEDDED_DEFAULT_SECRET, jwtSecretFrom } from './jwt-secret';

const settings = (env: Record<string, string>) => ({ get: (name: string) => env[name] });

describe('the development set-up', () => {
  it('is the default: no secret, no identity provider, not production, on the loopback interface', () => {
    for (const host of [undefined, '', '127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2']) {
      expect({ host, reason: whyNotDevelopment(settings(host === undefined ? {} : { HOST: host })) }).toEqual({ host, reason: undefined });
    }
    expect(jwtSecretFrom(settings({}))).toBe(EMBEDDED_DEFAULT_SECRET);
  });

  it.each([
    ['an identity provider', { AUTH_JWKS_URL: 'https://idp.insa-lyon.fr/jwks' }, /AUTH_JWKS_URL/],
    ['every interface', { HOST: '0.0.0.0' }, /HOST 0\.0\.0\.0/],
    ['every IPv6 interface', { HOST: '::' }, /HOST ::/],
    ['a named host', { HOST: 'ledger.insa-lyon.fr' }, /HOST ledger/],
    ['production', { NODE_ENV: 'production' }, /production/],
  ])('is not %s: the development secret is refused and the app cannot start without a secret of its own', (_, env, reason) => {
    expect(whyNotDevelopment(settings(env))).toMatch(reason);
    expect(() => jwtSecretFrom(settings(env))).toThrow(/AUTH_JWT_SECRET is required/);
    expect(jwtSecretFrom(settings({ ...env, AUTH_JWT_SECRET: 'a-long-random-secret-of-the-school' }))).toBe('a-long-random-secret-of-the-school');
  });

  it('refuses the public development secret given as AUTH_JWT_SECRET', () => {
    expect(() => jwtSecretFrom(settings({ AUTH_JWT_SECRET: EMBEDDED_DEFAULT_SECRET, HOST: '0.0.0.0' }))).toThrow(/public development secret/);
  });
});
