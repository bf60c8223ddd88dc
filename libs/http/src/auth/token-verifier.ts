import { Inject, Injectable } from '@nestjs/common';
import { JWTVerifyGetKey, JWTVerifyOptions, createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import type { Actor } from '@app/domain';
import type { AuthSettings } from './auth-settings';
import { TokenClaims, actorFromClaims } from './token-claims';

export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

/** Asymmetric algorithms only for a provider's keys: a shared secret never verifies them. */
const PROVIDER_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'];

/** Why a token does not speak for anyone; the guard answers 401 with it. */
export class InvalidToken extends Error {}

/** A verified token: the actor it speaks for, and its subject (`sub` as its issuer names it). */
export interface VerifiedToken {
  actor: Actor;
  subject: { issuer?: string; id: string };
}

/**
 * The actor a bearer token speaks for. The ledger's own tokens are HS256 with its secret;
 * any other algorithm is looked up in the school's JWKS, when one is configured. Both kinds
 * must carry `exp` and `iat`, and the configured issuer and audience.
 */
@Injectable()
export class TokenVerifier {
  private readonly secret: Uint8Array;
  private readonly providerKeys?: JWTVerifyGetKey;

  constructor(@Inject(AUTH_SETTINGS) private readonly settings: AuthSettings) {
    this.secret = new TextEncoder().encode(settings.secret);
    if (settings.jwksUrl) this.providerKeys = createRemoteJWKSet(settings.jwksUrl, { timeoutDuration: 5000 });
  }

  async actorOf(token: string): Promise<Actor> {
    return (await this.identify(token)).actor;
  }

  /** The actor and the person behind it, whatever role or spelling of the token they use. */
  async identify(token: string): Promise<VerifiedToken> {
    const fromProvider = this.isProviderToken(token);
    const claims = await this.verify(token, fromProvider);
    const actor = actorFromClaims(claims);
    if (typeof actor === 'string') throw new InvalidToken(actor);
    // A school's provider speaks for its own institution only; a token that does not name it is refused.
    if (fromProvider && !actor.institution) throw new InvalidToken('a token from an identity provider names its institution');
    return { actor, subject: { id: actor.id, ...(typeof claims.iss === 'string' && { issuer: claims.iss }) } };
  }

  private isProviderToken(token: string): boolean {
    try {
      return decodeProtectedHeader(token).alg !== 'HS256';
    } catch {
      throw new InvalidToken('the token is not a JWT');
    }
  }

  private async verify(token: string, fromProvider: boolean): Promise<TokenClaims & { iss?: unknown }> {
    const { issuer, audience, clockSkewSeconds, maxTokenAge } = this.settings;
    const options: JWTVerifyOptions = {
      ...(issuer && { issuer }),
      ...(audience && { audience }),
      clockTolerance: clockSkewSeconds,
      maxTokenAge,
      requiredClaims: ['exp', 'iat', 'sub'],
    };
    try {
      if (!fromProvider) return (await jwtVerify(token, this.secret, { ...options, algorithms: ['HS256'] })).payload;
      if (!this.providerKeys) throw new InvalidToken('only HS256 tokens are accepted: no AUTH_JWKS_URL is configured');
      return (await jwtVerify(token, this.providerKeys, { ...options, algorithms: PROVIDER_ALGORITHMS })).payload;
    } catch (error) {
      if (error instanceof InvalidToken) throw error;
      throw new InvalidToken((error as Error).message);
    }
  }
}
