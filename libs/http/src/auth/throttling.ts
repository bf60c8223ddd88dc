import type { ConfigService } from '@nestjs/config';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import type { Request } from 'express';

/** A token's share of the API: enough for a person or a school's batch, not for a flood. */
const DEFAULT_LIMIT = 300;
const DEFAULT_TTL_MS = 60_000;

/**
 * Requests are counted per bearer token (its hash, so no token sits in memory as a key),
 * or per address for requests without one. THROTTLE_LIMIT requests per THROTTLE_TTL_MS;
 * the answer beyond is 429 with Retry-After.
 */
export function throttlingFrom(settings: Pick<ConfigService, 'get'>): ThrottlerModuleOptions {
  return {
    throttlers: [{ limit: positive(settings, 'THROTTLE_LIMIT', DEFAULT_LIMIT), ttl: positive(settings, 'THROTTLE_TTL_MS', DEFAULT_TTL_MS) }],
    getTracker: (request: Record<string, unknown>) => trackerOf(request as unknown as Request),
  };
}

export function trackerOf(request: Pick<Request, 'headers' | 'ip'>): string {
  const authorization = request.headers.authorization;
  if (authorization) return `token:${createHash('sha256').update(authorization).digest('base64url')}`;
  return `address:${request.ip ?? 'unknown'}`;
}

function positive(settings: Pick<ConfigService, 'get'>, name: string, fallback: number): number {
  const value = settings.get<string>(name);
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`${name} must be a positive whole number`);
  return number;
}
