import type { Rejection } from '../api/types';
import { useI18n } from '../i18n/i18n';

export function RejectionList({ rejections }: { rejections: Rejection[] }) {
  const { t, date } = useI18n();
  if (rejections.length === 0) return null;
  return (
    <section className="rejections" aria-labelledby="rejections-title">
      <h3 id="rejections-title">{t('rejections.title')}</h3>
      <ul>
        {rejections.map((rejection) => (
          <li key={`${rejection.at}-${rejection.party}`}>
            {t('rejections.entry', {
              party: t(`role.${rejection.party}`),
              what: rejection.of === 'draft' ? t('sign.draft') : `${t('sign.proposal')} ${rejection.of.proposalNumber}`,
              date: date(rejection.at),
            })}
            <blockquote>{rejection.comment}</blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}
