import { consumerLagOf } from './consumer-lag';
import { relayLagOf } from './relay-lag';

const at = (iso: string) => new Date(iso);
const event = (position: bigint, recordedAt: string) => ({ position, recordedAt: at(recordedAt) });

describe('relay lag', () => {
  const now = at('2026-03-01T10:00:10Z');

  it('is nothing when the page holds only the checkpoint', () => {
    expect(relayLagOf([event(7n, '2026-03-01T10:00:00Z')], 7n, now)).toEqual({ events: 0, seconds: 0 });
  });

  it('counts the events after the checkpoint and ages the oldest of them', () => {
    const page = [event(7n, '2026-03-01T09:00:00Z'), event(9n, '2026-03-01T10:00:04Z'), event(8n, '2026-03-01T10:00:06Z')];
    expect(relayLagOf(page, 7n, now)).toEqual({ events: 2, seconds: 6 });
  });

  it('counts the whole page before the first checkpoint', () => {
    expect(relayLagOf([event(1n, '2026-03-01T10:00:00Z'), event(2n, '2026-03-01T10:00:01Z')], null, now)).toEqual({ events: 2, seconds: 10 });
  });

  it('never reports a negative age when clocks disagree', () => {
    expect(relayLagOf([event(1n, '2026-03-01T10:00:11Z')], null, now).seconds).toBe(0);
  });
});

describe('consumer lag', () => {
  const ends = [
    { partition: 0, offset: '10' },
    { partition: 1, offset: '4' },
    { partition: 2, offset: '0' },
  ];

  it('sums end minus committed offset over the partitions', () => {
    expect(consumerLagOf(ends, [{ partition: 0, offset: '7' }, { partition: 1, offset: '4' }, { partition: 2, offset: '-1' }])).toBe(3);
  });

  it('counts a partition without a commit from its start', () => {
    expect(consumerLagOf(ends, [{ partition: 0, offset: '-1' }])).toBe(14);
  });

  it('is 0 once everything is committed, even past a truncated end', () => {
    expect(consumerLagOf(ends, [{ partition: 0, offset: '12' }, { partition: 1, offset: '4' }, { partition: 2, offset: '0' }])).toBe(0);
  });
});
