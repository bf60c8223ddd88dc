import type { ConfigService } from '@nestjs/config';
import { jwtSecretFrom } from './jwt-secret';

/** How bearer tokens are checked, read once from the environment. */
export interface AuthSettings {
  /** HS256 secret of the tokens the ledger mints itself. */
  secret: string;
  /** A school's OpenID Connect provider: its keys, for asymmetric tokens. */
  jwksUrl?: URL;
  issuer?: string;
  audience?: string;
  /** Seconds a clock may be off when `exp`, `nbf` and `iat` are checked. */
  clockSkewSeconds: number;
  /** A token older than this (from its `iat`) is refused, whatever its `exp` says. */
  maxTokenAge: string;
}

/** Beyond a few minutes, a skew hides a stolen token's expiry rather than a slow clock. */
export const MAX_CLOCK_SKEW_SECONDS = 300;
const DEFAULT_CLOCK_SKEW_SECONDS = 30;

export function authSettingsFrom(settings: Pick<ConfigService, 'get'>): AuthSettings {
  const jwks = settings.get<string>('AUTH_JWKS_URL');
  const issuer = settings.get<string>('AUTH_JWT_ISSUER') || undefined;
  const audience = settings.get<string>('AUTH_JWT_AUDIENCE') || undefined;
  // A provider's keys sign tokens for many applications: only its issuer and our audience make one ours.
  if (jwks && (!issuer || !audience)) throw new Error('AUTH_JWKS_URL needs AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE');
  return {
    secret: jwtSecretFrom(settings),
    ...(jwks && { jwksUrl: new URL(jwks) }),
    ...(issuer && { issuer }),
    ...(audience && { audience }),
    clockSkewSeconds: clockSkew(settings.get<string>('AUTH_CLOCK_SKEW_SECONDS')),
    maxTokenAge: settings.get<string>('AUTH_MAX_TOKEN_AGE') || '24h',
  };
}

function clockSkew(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_CLOCK_SKEW_SECONDS;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_CLOCK_SKEW_SECONDS) {
    throw new Error(`AUTH_CLOCK_SKEW_SECONDS must be a whole number of seconds from 0 to ${MAX_CLOCK_SKEW_SECONDS}`);
  }
  return seconds;
}
