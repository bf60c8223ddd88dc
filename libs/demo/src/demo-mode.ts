/**
 * Demo tokens are minted only on the embedded default: SQLite and the development secret,
 * outside production. Anything else is a deployment whose identities come from its own
 * provider, and a page that hands out tokens there would hand out the school.
 */
export function demoRefusal(env: Record<string, string | undefined>): string | undefined {
  if (env.AUTH_JWT_SECRET) return 'demo identities are off: AUTH_JWT_SECRET is set';
  if ((env.EVENT_STORE || 'sqlite') !== 'sqlite') return 'demo identities are off: the event store is not the embedded SQLite';
  if (env.NODE_ENV === 'production') return 'demo identities are off in production';
  return undefined;
}
