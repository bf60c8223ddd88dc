import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { Language, MessageKey, translate } from './dictionary';
import { readerLanguage, rememberLanguage } from './reader-language';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;
interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  date: (iso: string) => string;
  /** An exact decimal string ("7.5") as the reader writes it ("7,5" in French); never through a float. */
  decimal: (value: string) => string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(readerLanguage);
  const setLanguage = useCallback((next: Language) => {
    rememberLanguage(next);
    setLanguageState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18n>(() => {
    const t: Translate = (key, values) => translate(language, key, values);
    const format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    const date = (iso: string) => (iso.length === 10 ? iso : format.format(new Date(iso)));
    const decimal = (value: string) => (language === 'fr' ? value.replace('.', ',') : value);
    return { language, setLanguage, t, date, decimal };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
