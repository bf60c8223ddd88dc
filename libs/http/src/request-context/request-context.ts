import { BadRequestException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Actor, EventOrigin } from '@app/domain';
import { currentRequestFingerprint } from './request-fingerprint';

/** Who asks, how this request relates to others, and the client's retry key. */
export interface RequestContext extends EventOrigin {
  /** The client's Idempotency-Key, scoped to the action. */
  idempotencyKey?: string;
  /** What the request with that key asked (method, route, body): another request with the key is refused. */
  requestFingerprint?: string;
}

const KEY = /^[\w.:-]{8,128}$/;

/**
 * The audit and retry context of one request. An Idempotency-Key is scoped to the action,
 * so a key reused for another kind of request is not mistaken for a retry.
 */
export function requestContext(actor: Actor, action: string, headers: Record<string, string | string[] | undefined>): RequestContext {
  const idempotencyKey = single(headers['idempotency-key']);
  if (idempotencyKey !== undefined && !KEY.test(idempotencyKey)) {
    throw new BadRequestException('Idempotency-Key must be 8 to 128 letters, digits, dots, colons, dashes or underscores');
  }
  return {
    actor,
    correlationId: clientCorrelationId(headers) ?? randomUUID(),
    causationId: randomUUID(),
    ...(idempotencyKey && { idempotencyKey: `${action}:${idempotencyKey}`, requestFingerprint: currentRequestFingerprint() }),
  };
}

export const CORRELATION_HEADER = 'x-correlation-id';

/** The client's `x-correlation-id` when it is well formed; otherwise the caller makes a new one. */
export function clientCorrelationId(headers: Record<string, string | string[] | undefined>): string | undefined {
  const sent = single(headers[CORRELATION_HEADER]);
  return sent && KEY.test(sent) ? sent : undefined;
}

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
