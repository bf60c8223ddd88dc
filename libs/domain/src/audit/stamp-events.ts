import { Actor } from '../agreement/agreement.actor';
import { schemaVersionOf } from '../event-schema-versions';
import { GENESIS_HASH, eventHash } from './hash-chain';

/** Who caused new events and in answer to what, as every event's metadata records it. */
export interface EventOrigin {
  actor: Actor;
  /** Ties together everything one user action caused, across services. */
  correlationId: string;
  /** The request or message that caused these events. */
  causationId: string;
}

export interface StampedEvent {
  type: string;
  data: unknown;
  schemaVersion: number;
  metadata: Record<string, unknown>;
}

/**
 * Metadata of new events: the actor, correlation and causation, whatever else the command
 * records (`extra`: e.g. the client's Idempotency-Key), and the per-stream hash chain that
 * makes the audit trail tamper-evident (each hash covers the one before, and all the rest).
 */
export function stampEvents(
  events: ReadonlyArray<{ type: string; data: unknown }>,
  position: { streamId: string; firstRevision: bigint; previousHash?: string },
  origin: EventOrigin,
  extra: Readonly<Record<string, unknown>> = {},
): StampedEvent[] {
  let previousHash = position.previousHash ?? GENESIS_HASH;
  const { actor } = origin;
  return events.map((event, index) => {
    const metadata = {
      ...extra,
      actor: { id: actor.id, role: actor.role, ...(actor.institution && { institution: actor.institution }) },
      correlationId: origin.correlationId,
      causationId: origin.causationId,
      previousHash,
    };
    const schemaVersion = schemaVersionOf(event.type);
    const revision = position.firstRevision + BigInt(index);
    const hash = eventHash({ streamId: position.streamId, revision, type: event.type, schemaVersion, data: event.data, metadata });
    previousHash = hash;
    return { type: event.type, data: event.data, schemaVersion, metadata: { ...metadata, hash } };
  });
}
