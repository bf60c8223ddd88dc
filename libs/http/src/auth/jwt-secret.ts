import type { ConfigService } from '@nestjs/config';

/** For the embedded default only: any real deployment sets AUTH_JWT_SECRET. */
export const EMBEDDED_DEFAULT_SECRET = 'mobility-ledger-embedded-default-secret';

export function jwtSecretFrom(settings: Pick<ConfigService, 'get'>): string {
  const secret = settings.get<string>('AUTH_JWT_SECRET');
  if (secret) return secret;
  if (settings.get<string>('NODE_ENV') === 'production') {
    throw new Error('AUTH_JWT_SECRET is required in production');
  }
  return EMBEDDED_DEFAULT_SECRET;
}
