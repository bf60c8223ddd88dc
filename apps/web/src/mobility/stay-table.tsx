import { useI18n } from '../i18n/i18n';
import type { Stay } from './mobility-page';

export function StayTable({ stays }: { stays: Stay[] }) {
  const { t } = useI18n();
  if (stays.length === 0) return <p className="empty">{t('common.empty')}</p>;
  return (
    <table className="stays">
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
            <td>
              {t(`stayKind.${stay.kind}`)} {stay.country ? `(${stay.country})` : ''}, {stay.start} → {stay.end} ({t(`stayPhase.${stay.phase}`)})
              {stay.lowCarbonTravelDays && stay.lowCarbonTravelDays.recorded > 0 && (
                <div className="hint">{t('mobility.lowCarbon', stay.lowCarbonTravelDays)}</div>
              )}
            </td>
            <td className="number">{stay.weeks}</td>
            <td>{stay.counts ? t('mobility.yes') : t('mobility.no')}</td>
            <td>{stay.ruleId}</td>
            <td>{stay.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
