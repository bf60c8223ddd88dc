import { useEffect, useSyncExternalStore } from 'react';
import { api } from '../api/client';
import type { InstitutionEntry } from '../api/types';
import { useI18n } from '../i18n/i18n';

/**
 * The register, fetched once for every page that names institutions (the lists show dozens of
 * codes at once), and again after an admin records one. Until it answers, codes are shown.
 */
let known = new Map<string, InstitutionEntry>();
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function refreshInstitutions(): Promise<void> {
  loading = api<{ institutions: InstitutionEntry[] }>('/institutions').then(
    ({ institutions }) => {
      known = new Map(institutions.map((entry) => [entry.heiId, entry]));
      listeners.forEach((listener) => listener());
    },
    // A register that does not answer leaves the codes shown; the next page asks again.
    () => {
      loading = undefined;
    },
  );
  return loading;
}

/** The reader's name for a country code, "Pologne" or "Poland"; the code itself when the browser does not know it. */
export const countryName = (code: string, language: string): string => new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code) ?? code;

/**
 * `nameOf(heiId)`: "University of Warsaw (Poland)", or the SCHAC code while the register does not name it;
 * `entries`: the register, in its order, for the pickers (empty until it answers).
 */
export function useInstitutionNames(): { nameOf: (heiId: string) => string; entryOf: (heiId: string) => InstitutionEntry | undefined; entries: InstitutionEntry[] } {
  const { language } = useI18n();
  const map = useSyncExternalStore(subscribe, () => known);
  useEffect(() => {
    if (!loading) void refreshInstitutions();
  }, []);
  const nameOf = (heiId: string) => {
    const entry = map.get(heiId);
    if (!entry?.name) return heiId;
    return entry.country ? `${entry.name} (${countryName(entry.country, language)})` : entry.name;
  };
  return { nameOf, entryOf: (heiId) => map.get(heiId), entries: [...map.values()] };
}
