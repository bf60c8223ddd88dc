import { BadRequestException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@app/domain';
import type { RequestContext } from '../application/request-context';

const KEY = /^[\w.:-]{8,128}$/;

/**
 * The audit and retry context of one request. An Idempotency-Key is scoped to the action,
 * so a key reused for another kind of request is not mistaken for a retry.
 */
export function requestContext(
  actor: Actor,
  action: string,
  headers: { idempotencyKey?: string; correlationId?: string },
): RequestContext {
  if (headers.idempotencyKey !== undefined && !KEY.test(headers.idempotencyKey)) {
    throw new BadRequestException('Idempotency-Key must be 8 to 128 letters, digits, dots, colons, dashes or underscores');
  }
  const correlationId =
    headers.correlationId && KEY.test(headers.correlationId) ? headers.correlationId : randomUUID();
  return {
    actor,
    correlationId,
    causationId: randomUUID(),
    ...(headers.idempotencyKey && { idempotencyKey: `${action}:${headers.idempotencyKey}` }),
  };
}
