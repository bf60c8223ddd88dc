import { FixedClock, SettableClock, systemClock, todayOn } from '.';

describe('clocks', () => {
  it('the system clock reads the real time', () => {
    const before = Date.now();
    const read = systemClock.now().getTime();
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(Date.now());
  });

  it('a fixed clock stands still until it is set or advanced', () => {
    const clock = new FixedClock('2026-05-04T10:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-05-04T10:00:00.000Z');
    clock.advance(60_000);
    expect(clock.now().toISOString()).toBe('2026-05-04T10:01:00.000Z');
    clock.setTo(new Date('2026-09-14T08:00:00Z'));
    expect(todayOn(clock)).toBe('2026-09-14');
  });

  it('a fixed clock hands out copies: a caller that changes its date moves no one else', () => {
    const clock = new FixedClock('2026-05-04T10:00:00Z');
    clock.now().setUTCFullYear(1999);
    expect(clock.now().getUTCFullYear()).toBe(2026);
  });

  it('a settable clock runs on from the moment set, and reset gives the real time back', () => {
    const clock = new SettableClock();
    clock.setTo(new Date('2025-05-04T10:00:00Z'));
    const read = clock.now().getTime();
    expect(read).toBeGreaterThanOrEqual(Date.parse('2025-05-04T10:00:00Z'));
    expect(read).toBeLessThan(Date.parse('2025-05-04T10:01:00Z'));
    clock.reset();
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
  });
});
