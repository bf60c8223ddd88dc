import { progressLine, secondsLeft } from './progress-line';

describe('rebuild progress in plain words', () => {
  it('names the events done, the rate and the time left', () => {
    expect(progressLine({ label: 'audit_timeline', done: 2000, total: 5000, elapsedMs: 1000 })).toBe(
      'audit_timeline: 2000/5000 events, 2000 events/s, 2s left',
    );
  });

  it('does not guess the time left before there is a rate', () => {
    expect(secondsLeft({ label: 'x', done: 0, total: 10, elapsedMs: 0 })).toBeUndefined();
    expect(progressLine({ label: 'x', done: 0, total: 10, elapsedMs: 0 })).toBe('x: 0/10 events, 0 events/s, ? left');
  });
});
