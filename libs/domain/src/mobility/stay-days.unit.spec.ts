import { daysInclusive, weeksOf } from './stay-days';

describe('stay days and weeks', () => {
  it('counts both ends of a stay, across month ends and leap days', () => {
    expect(daysInclusive('2026-02-02', '2026-02-08')).toBe(7);
    expect(daysInclusive('2028-02-28', '2028-03-01')).toBe(3);
    expect(daysInclusive('2026-03-01', '2026-02-01')).toBe(0);
  });

  it('CTI-MOB-5: shows weeks truncated to one decimal, so 62 days never read as 9 weeks', () => {
    expect(weeksOf(62)).toBe('8.8');
    expect(weeksOf(63)).toBe('9.0');
    expect(weeksOf(0)).toBe('0.0');
  });
});
