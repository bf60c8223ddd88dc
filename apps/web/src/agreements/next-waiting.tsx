import { Link } from 'react-router-dom';
import type { AgreementSummary } from '../api/types';
import { useI18n } from '../i18n/i18n';

/**
 * From one agreement to the next that waits for the person's signature, in the list's
 * order, so a coordinator goes through them without returning to the list.
 */
export function NextWaiting({ waiting, current }: { waiting: AgreementSummary[]; current: string }) {
  const { t } = useI18n();
  const others = waiting.filter((item) => item.mobilityId !== current);
  return (
    <>
      {others.length === 0 ? (
        <span className="hint">{t('agreement.noneWaiting')}</span>
      ) : (
        <Link to={`/agreements/${others[0].mobilityId}`} className="next-waiting">
          {t('agreement.nextWaiting', { name: others[0].studentName, count: others.length })} →
        </Link>
      )}
    </>
  );
}
