import { stampEvents } from '@app/domain';
import type { EventToAppend, HandleCommandOptions, StampContext } from '@app/event-store';
import type { RequestContext } from './request-context';

type AuditOptions = Pick<HandleCommandOptions<unknown, unknown, { type: string; data: unknown }>, 'stamp' | 'idempotency'>;

/**
 * What every command handler adds to `handleCommand` for a request: the audit metadata of
 * new events (actor, correlation, causation, hash chain) and the client's Idempotency-Key,
 * scoped to the actor.
 */
export function auditedBy(request: RequestContext): AuditOptions {
  return {
    stamp: (events, context) => stampForAppend(events, context, request),
    ...(request.idempotencyKey && {
      idempotency: { key: request.idempotencyKey, scope: request.actor.id, fingerprint: request.requestFingerprint },
    }),
  };
}

function stampForAppend(
  events: readonly { type: string; data: unknown }[],
  { streamId, firstRevision, previous, metadata }: StampContext,
  request: RequestContext,
): EventToAppend[] {
  const previousHash = previous?.metadata.hash as string | undefined;
  // The key and fingerprint go in before the hash is computed: the chain covers them.
  return stampEvents(events, { streamId, firstRevision, previousHash }, request, metadata);
}
