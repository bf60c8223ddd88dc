import { useId, useState } from 'react';

export interface SearchableOption {
  value: string;
  label: string;
}

const folded = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * A select with a search box above it: the words typed (accents ignored) narrow the options,
 * the one picked always staying listed. A list of a few hundred institutions stays usable at
 * phone width, and the value is still picked, never typed.
 */
export function SearchableSelect({ label, searchLabel, placeholder, options, value, onChange, invalid }: {
  label: string;
  searchLabel: string;
  placeholder: string;
  options: SearchableOption[];
  value: string;
  onChange: (value: string) => void;
  invalid?: { 'aria-invalid'?: true; 'aria-describedby'?: string };
}) {
  const [words, setWords] = useState('');
  const searchId = useId();
  const wanted = folded(words).split(/\s+/).filter(Boolean);
  const shown = options.filter((option) => option.value === value || wanted.every((word) => folded(`${option.label} ${option.value}`).includes(word)));
  return (
    <div className="searchable-select">
      <label htmlFor={searchId}>{searchLabel}</label>
      <input id={searchId} type="search" value={words} onChange={(event) => setWords(event.target.value)} />
      <label>
        {label}
        <select value={value} onChange={(event) => onChange(event.target.value)} {...invalid}>
          <option value="" disabled>{placeholder}</option>
          {shown.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        </select>
      </label>
    </div>
  );
}
