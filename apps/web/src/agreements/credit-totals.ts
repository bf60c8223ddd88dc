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

/** `decimal` writes each value in the reader's convention (useI18n().decimal). */
export const formatCredits = (credits: Credit[], decimal: (value: string) => string = (value) => value): string =>
  credits.map((credit) => `${decimal(credit.value)} ${credit.scheme === 'ects' ? 'ECTS' : credit.scheme}`).join(', ') || `${decimal('0')} ECTS`;

/** What a person typed as a number ("7,5" or "7.5") as the API's decimal string. */
export const decimalInput = (typed: string): string => typed.trim().replace(',', '.');
