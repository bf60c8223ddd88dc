import type { Component } from '../api/types';

/** Exact sum of decimal strings ("7.5" + "0.25"), as the API keeps credits: never floats. */
export function sumDecimals(values: string[]): string {
  const scale = Math.max(0, ...values.map((value) => (value.split('.')[1] ?? '').length));
  const total = values.reduce((sum, value) => {
    const [whole, fraction = ''] = value.split('.');
    return sum + BigInt(whole + fraction.padEnd(scale, '0'));
  }, 0n);
  const digits = total.toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** Totals per credit scheme of a table: ECTS first, then any other scheme a partner uses. */
export function creditTotals(components: Component[]): { scheme: string; total: string }[] {
  const byScheme = new Map<string, string[]>();
  for (const credit of components.flatMap((component) => component.credits)) {
    byScheme.set(credit.scheme, [...(byScheme.get(credit.scheme) ?? []), credit.value]);
  }
  return [...byScheme.entries()]
    .sort(([a], [b]) => (a === 'ects' ? -1 : b === 'ects' ? 1 : a.localeCompare(b)))
    .map(([scheme, values]) => ({ scheme, total: sumDecimals(values) }));
}

export const formatCredits = (credits: { scheme: string; value?: string; total?: string }[]): string =>
  credits.map((credit) => `${credit.value ?? credit.total} ${credit.scheme === 'ects' ? 'ECTS' : credit.scheme}`).join(', ') || '0 ECTS';
