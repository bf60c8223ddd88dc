import type { Actor, ActorRole } from '@app/domain';

const ROLES: readonly ActorRole[] = ['student', 'sending', 'receiving', 'auditor', 'admin'];

/** The claims a bearer token carries: `sub`, `role`, `institution` (SCHAC), and the signer's name and email. */
export interface TokenClaims {
  sub?: unknown;
  role?: unknown;
  institution?: unknown;
  name?: unknown;
  email?: unknown;
}

/** The actor a verified token speaks for, or the reason it cannot speak for anyone. */
export function actorFromClaims(claims: TokenClaims): Actor | string {
  if (typeof claims.sub !== 'string' || claims.sub.length === 0) return 'the token has no subject (sub)';
  if (!ROLES.includes(claims.role as ActorRole)) return `the token's role must be one of ${ROLES.join(', ')}`;
  const role = claims.role as ActorRole;
  const institution = typeof claims.institution === 'string' ? claims.institution : undefined;
  if ((role === 'sending' || role === 'receiving') && !institution) {
    return `a ${role} institution's token names its institution (SCHAC id)`;
  }
  return {
    id: claims.sub,
    role,
    ...(institution && { institution }),
    ...(typeof claims.name === 'string' && { name: claims.name }),
    ...(typeof claims.email === 'string' && { email: claims.email }),
  };
}
