import { createHash } from 'node:crypto';
import { canonicalJson } from '../agreement/canonical-json';

/** The hash before the first event of a stream. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an event's hash covers: everything about it but the store's own bookkeeping. */
export interface ChainedEvent {
  streamId: string;
  revision: bigint;
  type: string;
  schemaVersion: number;
  data: unknown;
  /** Metadata without `hash` (it holds `previousHash`, so each link covers the one before). */
  metadata: Record<string, unknown>;
}

/**
 * Each event's hash covers its stream, revision, type, data and metadata, including the
 * previous event's hash: changing, removing or reordering any stored event breaks every
 * link after it, so the audit trail is tamper-evident.
 */
export function eventHash(event: ChainedEvent): string {
  const { hash: _ignored, ...metadata } = event.metadata;
  // Named one by one: a stored event also carries the store's position and time, which are not covered.
  const { streamId, revision, type, schemaVersion, data } = event;
  const covered = { streamId, revision: revision.toString(), type, schemaVersion, data, metadata };
  return createHash('sha256').update(canonicalJson(covered)).digest('hex');
}

export type ChainVerification =
  | { verified: true; events: number; lastHash: string }
  | { verified: false; events: number; brokenAt: bigint; reason: string };

/** Walks a stream from its first event and reports the first link that does not hold. */
export function verifyChain(events: readonly ChainedEvent[]): ChainVerification {
  let previous = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const brokenAt = event.revision;
    if (event.revision !== BigInt(index)) return { verified: false, events: events.length, brokenAt, reason: 'a revision is missing' };
    if (event.metadata.previousHash !== previous) {
      return { verified: false, events: events.length, brokenAt, reason: 'previousHash does not match the event before' };
    }
    const hash = eventHash(event);
    if (event.metadata.hash !== hash) {
      return { verified: false, events: events.length, brokenAt, reason: 'the event was altered after it was recorded' };
    }
    previous = hash;
  }
  return { verified: true, events: events.length, lastHash: previous };
}
