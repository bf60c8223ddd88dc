import { useI18n } from '../i18n/i18n';

export function Loading() {
  const { t } = useI18n();
  return <p className="loading" role="status" aria-live="polite">{t('common.loading')}</p>;
}

export function Empty({ children }: { children?: string }) {
  const { t } = useI18n();
  return <p className="empty">{children ?? t('common.empty')}</p>;
}
