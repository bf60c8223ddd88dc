import { FormEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n';

/** A search box with its button: `onSearch` gets the words typed, trimmed, once the person searches. */
export function SearchForm({ label, initial = '', onSearch }: { label: string; initial?: string; onSearch: (words: string) => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState(initial);
  const search = (event: FormEvent) => {
    event.preventDefault();
    onSearch(typed.trim());
  };
  return (
    <form role="search" className="inline" onSubmit={search}>
      <label>
        {label}
        <input type="search" value={typed} onChange={(event) => setTyped(event.target.value)} />
      </label>
      <button type="submit">{t('reg.common.search')}</button>
    </form>
  );
}
