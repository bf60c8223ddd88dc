import { RecordedEvent, UnknownPositionError } from '@app/event-store';
import { eventsAfter } from './ewp-delivery';

/** A log as PostgreSQL keeps it: positions with gaps, in commit order, and an unknown position refused. */
const logOf = (positions: bigint[]) => {
  const events = positions.map(
    (position, i): RecordedEvent => ({ id: `e-${i}`, type: 'Noted', schemaVersion: 1, streamId: 'other-1', revision: BigInt(i), position, data: {}, metadata: {} as RecordedEvent['metadata'], recordedAt: new Date(0) }),
  );
  return {
    readAll: async ({ fromPosition, maxCount }: { fromPosition?: bigint; maxCount?: number } = {}) => {
      const from = fromPosition === undefined ? 0 : events.findIndex((event) => event.position === fromPosition);
      if (from < 0) throw new UnknownPositionError(fromPosition!);
      return events.slice(from, from + (maxCount ?? events.length));
    },
  };
};

describe('the EWP reaction reads the log after its checkpoint', () => {
  it('resumes after the last position seen, across gaps and out-of-order positions, never at checkpoint + 1', async () => {
    const log = logOf([3n, 7n, 5n, 12n]);
    expect((await eventsAfter(log, null, 2)).map((event) => event.position)).toEqual([3n, 7n]);
    expect((await eventsAfter(log, 7n, 2)).map((event) => event.position)).toEqual([5n, 12n]);
    expect((await eventsAfter(log, 3n, 10)).map((event) => event.position)).toEqual([7n, 5n, 12n]);
    expect(await eventsAfter(log, 12n, 10)).toEqual([]);
  });
});
