import { type InstitutionEntry, type InstitutionSource, matchesWords } from '@app/kernel';
import type { Row } from '../projection';

const RANK: Record<InstitutionSource, number> = { register: 0, partner: 1, iia: 2, agreement: 3 };
const sourceOf = (row: Row): InstitutionSource => String(row.source).split(':')[0] as InstitutionSource;

/**
 * One institution from its rows, most trusted source first: what an admin recorded, then what
 * a school recorded of its partner (schools in code order, so every reader gets the same name),
 * then what the SCHAC code tells.
 */
export function institutionEntryOf(heiId: string, rows: Row[]): InstitutionEntry {
  const ranked = [...rows].sort((a, b) => RANK[sourceOf(a)] - RANK[sourceOf(b)] || String(a.source).localeCompare(String(b.source)));
  const first = (column: 'name' | 'country') => (ranked.find((row) => row[column] !== null)?.[column] as string | undefined) ?? null;
  return {
    heiId,
    name: first('name'),
    country: first('country'),
    sources: [...new Set(ranked.map(sourceOf))],
  };
}

/** Every word of the query is in the name or the SCHAC code. */
export const matchesQuery = (entry: InstitutionEntry, query: string): boolean => matchesWords(`${entry.name ?? ''} ${entry.heiId}`, query);
