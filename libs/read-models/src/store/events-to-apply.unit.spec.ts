import type { RecordedEvent } from '@app/event-store';
import { eventsToApply } from './events-to-apply';

const at = (...positions: number[]) => positions.map((p) => ({ position: BigInt(p) }) as RecordedEvent);

describe('which events of a batch a projection applies (idempotent delivery)', () => {
  it('applies a batch that starts at the checkpoint', () => {
    expect(eventsToApply(null, { after: 'start', events: at(1, 2) })).toEqual(at(1, 2));
    expect(eventsToApply(2n, { after: 2n, events: at(3, 4) })).toEqual(at(3, 4));
  });

  it('skips what a duplicate delivery already handled, comparing positions for equality only', () => {
    expect(eventsToApply(4n, { after: 2n, events: at(3, 4) })).toEqual([]);
    // PostgreSQL commit order: 11 committed before 10; 11 is handled, 10 is still new.
    expect(eventsToApply(11n, { after: 2n, events: at(11, 10) })).toEqual(at(10));
  });

  it('reports a batch read from elsewhere as stale', () => {
    expect(eventsToApply(9n, { after: 2n, events: at(3, 4) })).toBe('stale');
    expect(eventsToApply(null, { after: 2n, events: at(3) })).toBe('stale');
    expect(eventsToApply(4n, { after: 'start', events: at(1, 2) })).toBe('stale');
  });
});
