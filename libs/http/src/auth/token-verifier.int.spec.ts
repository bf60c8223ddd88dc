import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { JWTPayload, SignJWT, exportJWK, generateKeyPair } from 'jose';
import { AuthSettings } from './auth-settings';
import { InvalidToken, TokenVerifier } from './token-verifier';

const ISSUER = 'https://idp.insa-lyon.fr';
const AUDIENCE = 'mobility-ledger';
const SECRET = 'a-test-secret-of-reasonable-length';

type Keys = Awaited<ReturnType<typeof generateKeyPair>>;

describe('TokenVerifier (HS256 and a school provider JWKS)', () => {
  let server: Server;
  let providerKey: Keys;
  let strangerKey: Keys;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    providerKey = await generateKeyPair('RS256');
    strangerKey = await generateKeyPair('RS256');
    const jwks = { keys: [{ ...(await exportJWK(providerKey.publicKey)), kid: 'school-1', alg: 'RS256', use: 'sig' }] };
    server = createServer((_, response) => response.setHeader('content-type', 'application/json').end(JSON.stringify(jwks)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const settings: AuthSettings = {
      secret: SECRET,
      jwksUrl: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`),
      issuer: ISSUER,
      audience: AUDIENCE,
      clockSkewSeconds: 30,
      maxTokenAge: '24h',
    };
    verifier = new TokenVerifier(settings);
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const now = () => Math.floor(Date.now() / 1000);
  const staff: JWTPayload = { sub: 'staff-anders', role: 'sending', institution: 'insa-lyon.fr', name: 'Anders Bardal' };

  const fromProvider = (claims: JWTPayload, { key = providerKey, iat = now(), exp = now() + 600, iss = ISSUER, aud = AUDIENCE } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'school-1' })
      .setIssuer(iss)
      .setAudience(aud)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(key.privateKey);

  const fromLedger = (claims: JWTPayload, exp = now() + 600) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(new TextEncoder().encode(SECRET));

  const refusal = async (token: Promise<string>) => {
    const error = await verifier.actorOf(await token).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidToken);
    return (error as Error).message;
  };

  it("accepts a provider's token and reads the actor from its claims", async () => {
    await expect(verifier.actorOf(await fromProvider(staff))).resolves.toEqual({
      id: 'staff-anders',
      role: 'sending',
      institution: 'insa-lyon.fr',
      name: 'Anders Bardal',
    });
  });

  it("accepts the ledger's own HS256 tokens beside the provider's", async () => {
    await expect(verifier.actorOf(await fromLedger({ sub: 'acc-ivan', role: 'student' }))).resolves.toEqual({ id: 'acc-ivan', role: 'student' });
  });

  it('refuses another issuer and another audience', async () => {
    expect(await refusal(fromProvider(staff, { iss: 'https://idp.elsewhere.org' }))).toMatch(/iss/);
    expect(await refusal(fromProvider(staff, { aud: 'another-app' }))).toMatch(/aud/);
  });

  it('refuses a key the JWKS does not hold', async () => {
    expect(await refusal(fromProvider(staff, { key: strangerKey }))).toMatch(/signature/);
  });

  it('bounds the clock skew: expired 20 s ago passes, 60 s ago does not', async () => {
    await expect(verifier.actorOf(await fromProvider(staff, { exp: now() - 20 }))).resolves.toMatchObject({ id: 'staff-anders' });
    expect(await refusal(fromProvider(staff, { exp: now() - 60 }))).toMatch(/exp/);
  });

  it('refuses a token issued in the future beyond the skew, and one older than the maximum age', async () => {
    expect(await refusal(fromProvider(staff, { iat: now() + 120, exp: now() + 600 }))).toMatch(/iat/);
    expect(await refusal(fromProvider(staff, { iat: now() - 25 * 3600, exp: now() + 600 }))).toMatch(/iat/);
  });

  it('refuses provider tokens without role or without institution', async () => {
    expect(await refusal(fromProvider({ sub: 'x', institution: 'insa-lyon.fr' }))).toMatch(/role/);
    expect(await refusal(fromProvider({ sub: 'acc-ivan', role: 'student' }))).toMatch(/institution/);
  });

  it('refuses a token without exp, an unsigned token and a token signed with the secret under another algorithm', async () => {
    const noExp = new SignJWT(staff).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt().sign(new TextEncoder().encode(SECRET));
    expect(await refusal(noExp)).toMatch(/exp/);
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...staff, exp: now() + 60 })).toString('base64url')}.`;
    expect(await refusal(Promise.resolve(unsigned))).toBeTruthy();
    const confused = new SignJWT(staff).setProtectedHeader({ alg: 'HS512' }).setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt().setExpirationTime('5m').sign(new TextEncoder().encode(SECRET.repeat(2)));
    expect(await refusal(confused)).toBeTruthy();
  });

  it('refuses what is not a JWT', async () => {
    expect(await refusal(Promise.resolve('not-a-token'))).toMatch(/not a JWT/);
  });
});
