import { useI18n } from '../i18n/i18n';

/** A calendar day (YYYY-MM-DD) as the reader writes it: "12 May 2026", "12 mai 2026". */
export function useDay(): (iso: string) => string {
  const { language } = useI18n();
  const format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
  return (iso) => (/^\d{4}-\d{2}-\d{2}/.test(iso) ? format.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : iso);
}
