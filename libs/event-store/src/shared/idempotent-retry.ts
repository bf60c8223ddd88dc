import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors';
import { AppendResult, ExpectedRevision } from '../event-store';
import { ActualRevision } from './expected-revision';
import { PreparedEvent } from './prepare-events';

/** What a store holds of an event id it has seen before. */
export interface StoredIdentity {
  id: string;
  streamId: string;
  revision: bigint;
  position: bigint;
}

/**
 * Decides whether an append whose ids were stored before is a retry of the same append:
 * same stream, same ids in the same consecutive revisions, and an expected revision that
 * the first attempt could have had. A retry returns the first attempt's result, so a
 * client that lost the answer can safely send again.
 */
export function resultOfRetry(
  streamId: string,
  batch: readonly PreparedEvent[],
  expected: ExpectedRevision,
  stored: readonly StoredIdentity[],
  actual: ActualRevision,
): AppendResult {
  const byId = new Map(stored.map((s) => [s.id, s]));
  const first = byId.get(batch[0].id);
  for (const [index, event] of batch.entries()) {
    const found = byId.get(event.id);
    if (!found || found.streamId !== streamId || !first || found.revision !== first.revision + BigInt(index)) {
      throw new DuplicateEventIdError(streamId, found?.id ?? event.id);
    }
  }
  const firstRevision = first!.revision;
  const expectedHeld =
    expected === 'any' ||
    (expected === 'stream_exists' && firstRevision > 0n) ||
    (expected === 'no_stream' && firstRevision === 0n) ||
    (typeof expected === 'bigint' && expected + 1n === firstRevision);
  if (!expectedHeld) {
    throw new WrongExpectedRevisionError(streamId, expected, actual);
  }
  const last = byId.get(batch[batch.length - 1].id)!;
  return { nextExpectedRevision: last.revision, position: last.position };
}
