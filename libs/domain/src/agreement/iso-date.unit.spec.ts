import { dayOf, isIsoDate } from './iso-date';

describe('isIsoDate', () => {
  it.each(['2026-02-28', '2024-02-29', '2026-12-31'])('accepts %s', (date) => expect(isIsoDate(date)).toBe(true));
  it.each(['2026-02-29', '2026-13-01', '2026-1-01', '2026-01-01T00:00:00Z', '', 20260101])('refuses %p', (date) =>
    expect(isIsoDate(date)).toBe(false),
  );
  it('takes the calendar day of a timestamp', () => expect(dayOf('2026-03-01T23:59:00.000Z')).toBe('2026-03-01'));
});
