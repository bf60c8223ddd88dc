import { AgreementEvent, GENESIS_HASH, eventHash } from '@app/domain';
import { EventToAppend, RecordedEvent, StampContext } from '@app/event-store';
import { RequestContext } from './request-context';

/** Every agreement event is at schema version 1 so far; an upcaster goes here when one changes. */
export const fromRecorded = (recorded: RecordedEvent): AgreementEvent =>
  ({ type: recorded.type, data: recorded.data }) as AgreementEvent;

/**
 * Metadata of new events: the actor, correlation and causation, and the per-stream hash
 * chain that makes the audit trail tamper-evident (each hash covers the previous one).
 */
export function stampAgreementEvents(
  events: readonly AgreementEvent[],
  { streamId, firstRevision, previous }: StampContext,
  request: RequestContext,
): EventToAppend[] {
  let previousHash = (previous?.metadata.hash as string | undefined) ?? GENESIS_HASH;
  const { actor } = request;
  return events.map((event, index) => {
    const metadata = {
      actor: { id: actor.id, role: actor.role, ...(actor.institution && { institution: actor.institution }) },
      correlationId: request.correlationId,
      causationId: request.causationId,
      previousHash,
    };
    const hash = eventHash({
      streamId,
      revision: firstRevision + BigInt(index),
      type: event.type,
      schemaVersion: 1,
      data: event.data,
      metadata,
    });
    previousHash = hash;
    return { type: event.type, data: event.data, schemaVersion: 1, metadata: { ...metadata, hash } };
  });
}
