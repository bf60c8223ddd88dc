import { useI18n } from '../i18n/i18n';
import { useDay } from '../school/format-day';
import type { Stay } from './mobility-page';

export function StayTable({ stays }: { stays: Stay[] }) {
  const { t, decimal } = useI18n();
  const day = useDay();
  if (stays.length === 0) return <p className="empty">{t('common.empty')}</p>;
  return (
    <table className="stays cards">
      <caption>{t('mobility.stays')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('mobility.stay')}</th>
          <th scope="col">{t('mobility.weeks')}</th>
          <th scope="col">{t('mobility.counts')}</th>
          <th scope="col">{t('common.rule')}</th>
          <th scope="col">{t('mobility.why')}</th>
        </tr>
      </thead>
      <tbody>
        {stays.map((stay) => (
          <tr key={stay.key} className={stay.counts ? 'passed' : 'failed'}>
            <td data-label={t('mobility.stay')}>
              {t(`stayKind.${stay.kind}`)} {stay.country ? `(${stay.country})` : ''}, {day(stay.start)} → {day(stay.end)} ({t(`stayPhase.${stay.phase}`)})
              {stay.lowCarbonTravelDays && stay.lowCarbonTravelDays.recorded > 0 && (
                <div className="hint">{t('mobility.lowCarbon', stay.lowCarbonTravelDays)}</div>
              )}
            </td>
            <td data-label={t('mobility.weeks')} className="number">{decimal(stay.weeks)}</td>
            <td data-label={t('mobility.counts')}>{stay.counts ? t('mobility.yes') : t('mobility.no')}</td>
            <td data-label={t('common.rule')}>{stay.ruleId}</td>
            <td data-label={t('mobility.why')}>{stay.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
