import type { ConfigService } from '@nestjs/config';
import { ThrottlerModuleOptions, normalizeIp } from '@nestjs/throttler';
import type { Authentication } from './authenticate-request';

/** A person's share of the API: enough for a person or a school's batch, not for a flood. */
const DEFAULT_LIMIT = 300;
const DEFAULT_TTL_MS = 60_000;

/**
 * THROTTLE_LIMIT requests per THROTTLE_TTL_MS per budget, over every route together; the
 * answer beyond is 429 with Retry-After. The budgets are picked by trackerOf.
 */
export function throttlingFrom(settings: Pick<ConfigService, 'get'>): ThrottlerModuleOptions {
  return {
    throttlers: [{ limit: positive(settings, 'THROTTLE_LIMIT', DEFAULT_LIMIT), ttl: positive(settings, 'THROTTLE_TTL_MS', DEFAULT_TTL_MS) }],
    // One budget per tracker, not per route: a flood spread over the routes is still a flood.
    generateKey: (_context, tracker, name) => `${name}:${tracker}`,
  };
}

/**
 * The budget a request is counted against: a verified token's subject (`sub` as its issuer
 * names it), whatever its role or the spelling of the token; anything else (no token, an
 * invalid one) the client's address, as express reads it (TRUST_PROXY). An IPv6 client is
 * counted by its /64, which one host holds whole.
 */
export function trackerOf(authentication: Authentication, address: string | undefined): string {
  if (authentication.kind === 'verified') return `subject:${JSON.stringify([authentication.subject.issuer ?? null, authentication.subject.id])}`;
  return `address:${address ? normalizeIp(address) : 'unknown'}`;
}

function positive(settings: Pick<ConfigService, 'get'>, name: string, fallback: number): number {
  const value = settings.get<string>(name);
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`${name} must be a positive whole number`);
  return number;
}
