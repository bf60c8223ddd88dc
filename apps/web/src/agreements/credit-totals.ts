import type { Component, Credit } from '../api/types';
import { sumDecimals } from '../../../../libs/domain/src/credits/decimal';

/** Totals per credit scheme of a table, summed exactly as the API does: ECTS first, then any other scheme a partner uses. */
export function creditTotals(components: Component[]): Credit[] {
  const byScheme = new Map<string, string[]>();
  for (const credit of components.flatMap((component) => component.credits)) {
    byScheme.set(credit.scheme, [...(byScheme.get(credit.scheme) ?? []), credit.value]);
  }
  return [...byScheme.entries()]
    .sort(([a], [b]) => (a === 'ects' ? -1 : b === 'ects' ? 1 : a.localeCompare(b)))
    .map(([scheme, values]) => ({ scheme, value: sumDecimals(values) }));
}

export const formatCredits = (credits: Credit[]): string =>
  credits.map((credit) => `${credit.value} ${credit.scheme === 'ects' ? 'ECTS' : credit.scheme}`).join(', ') || '0 ECTS';
