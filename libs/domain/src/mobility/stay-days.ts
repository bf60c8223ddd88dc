const DAY_MS = 86_400_000;

/** Days of a stay, both ends included: a stay from Monday to Sunday is 7 days. */
export const daysInclusive = (start: string, end: string): number =>
  end < start ? 0 : Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1;

/**
 * Weeks as days / 7 with one decimal, truncated, never rounded up: 62 days read "8.8", so a
 * stay a day short of 9 weeks never shows "9.0". Comparisons use days, never this string.
 */
export const weeksOf = (days: number): string => {
  const tenths = Math.floor((days * 10) / 7);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
};
