import type { ConfigService } from '@nestjs/config';
import { whyNotDevelopment } from './development-setup';

/** Public (it is in the sources): for a development set-up only (whyNotDevelopment). */
export const EMBEDDED_DEFAULT_SECRET = 'mobility-ledger-embedded-default-secret';

/**
 * The HS256 secret of the ledger's own tokens: AUTH_JWT_SECRET, or the public development
 * secret on a development set-up. Anything else refuses to start, since whoever reads the
 * sources could sign an admin's token with the development secret.
 */
export function jwtSecretFrom(settings: Pick<ConfigService, 'get'>): string {
  const secret = settings.get<string>('AUTH_JWT_SECRET');
  if (secret === EMBEDDED_DEFAULT_SECRET) {
    throw new Error('AUTH_JWT_SECRET is the public development secret: set a long random secret of your own (openssl rand -hex 32)');
  }
  if (secret) return secret;
  const reason = whyNotDevelopment(settings);
  if (reason) {
    throw new Error(
      `AUTH_JWT_SECRET is required: ${reason}. The development secret serves only a development set-up ` +
        '(HOST on the loopback interface, no AUTH_JWKS_URL, NODE_ENV not production); set AUTH_JWT_SECRET to a long random secret (openssl rand -hex 32)',
    );
  }
  return EMBEDDED_DEFAULT_SECRET;
}
