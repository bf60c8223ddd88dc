import { WrongExpectedRevisionError } from '../errors';
import { ExpectedRevision } from '../event-store';

export type ActualRevision = bigint | 'no_stream';

export function checkExpectedRevision(
  streamId: string,
  expected: ExpectedRevision,
  actual: ActualRevision,
): void {
  const matches =
    expected === 'any' ||
    (expected === 'no_stream' && actual === 'no_stream') ||
    (expected === 'stream_exists' && actual !== 'no_stream') ||
    (typeof expected === 'bigint' && actual === expected);
  if (!matches) throw new WrongExpectedRevisionError(streamId, expected, actual);
}

/** The revision the first event of a batch takes when appended after `actual`. */
export function firstRevisionAfter(actual: ActualRevision): bigint {
  return actual === 'no_stream' ? 0n : actual + 1n;
}
