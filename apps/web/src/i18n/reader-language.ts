import { Language, LANGUAGES } from './dictionary';

const KEY = 'mobility-ledger.language';

const initialLanguage = (): Language => {
  const saved = localStorage.getItem(KEY);
  if (LANGUAGES.includes(saved as Language)) return saved as Language;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
};

let current: Language = initialLanguage();

/**
 * The reader's language, outside React too: the API client sends it as Accept-Language from
 * the first request on, so the server's sentences come in the language of the labels.
 */
export const readerLanguage = (): Language => current;

export const rememberLanguage = (language: Language): void => {
  current = language;
  localStorage.setItem(KEY, language);
};
