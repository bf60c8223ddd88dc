import type { Withdrawal } from '../api/types';
import { useI18n } from '../i18n/i18n';

/** Proposals taken back by their proposer: they stay in the history (CTI-LA-3). */
export function WithdrawalList({ withdrawals }: { withdrawals: Withdrawal[] }) {
  const { t, date } = useI18n();
  if (withdrawals.length === 0) return null;
  return (
    <section className="rejections" aria-labelledby="withdrawals-title">
      <h3 id="withdrawals-title">{t('withdrawals.title')}</h3>
      <ul>
        {withdrawals.map((withdrawal) => (
          <li key={withdrawal.proposalNumber}>
            {t('withdrawals.entry', { party: t(`role.${withdrawal.party}`), n: withdrawal.proposalNumber, date: date(withdrawal.at) })}
            {withdrawal.comment && <blockquote>{withdrawal.comment}</blockquote>}
          </li>
        ))}
      </ul>
    </section>
  );
}
