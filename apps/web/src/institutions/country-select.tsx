import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n';
import { countryName } from './institution-names';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Codes the browser names that ISO 3166-1 does not assign to a country (as the register's own check). */
const NOT_COUNTRIES = new Set(['AC', 'CP', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UK', 'UN', 'XA', 'XB', 'XK', 'ZZ']);

/** Every ISO 3166-1 alpha-2 country the browser can name, by its name in the reader's language. */
function useCountries(): { code: string; name: string }[] {
  const { language } = useI18n();
  return useMemo(() => {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    const codes = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b)).filter((code) => !NOT_COUNTRIES.has(code) && names.of(code) !== undefined);
    return codes.map((code) => ({ code, name: countryName(code, language) })).sort((a, b) => a.name.localeCompare(b.name, language));
  }, [language]);
}

/** A country picked by its name; the value is its ISO code. */
export function CountrySelect({ value, onChange, empty, ...aria }: { value: string; onChange: (code: string) => void; empty?: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) {
  const countries = useCountries();
  return (
    <select value={value} onChange={(event) => onChange(event.target.value)} {...aria}>
      {empty !== undefined && <option value="">{empty}</option>}
      {countries.map(({ code, name }) => <option key={code} value={code}>{name}</option>)}
    </select>
  );
}
