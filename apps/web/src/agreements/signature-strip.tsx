import type { Party, Signature } from '../api/types';
import { useI18n } from '../i18n/i18n';

const ORDER: Party[] = ['student', 'sending', 'receiving'];

/** The three signatures of one round in EWP order: who signed, when, and the hash of the exact version. */
export function SignatureStrip({ signatures, awaiting, what }: { signatures: Signature[]; awaiting?: Party | null; what: string }) {
  const { t, date } = useI18n();
  return (
    <section className="signatures" aria-label={t('signatures.of', { what })}>
      <h3>{t('signatures.of', { what })}</h3>
      <ol className="strip">
        {ORDER.map((party) => {
          const signature = signatures.find((candidate) => candidate.party === party);
          const next = awaiting === party;
          return (
            <li key={party} className={signature ? 'signed' : next ? 'next' : 'pending'} data-testid={`signature-${party}`}>
              <span className="party">{t(`role.${party}`)}</span>
              {signature ? (
                <>
                  <span className="signer"><span aria-hidden="true">✓ </span><span className="visually-hidden">{t('signatures.signedBy')} </span>{signature.signer.name ?? signature.signer.id}</span>
                  <span>{t('signatures.signedOn', { date: date(signature.at) })}</span>
                  <span className="hash" title={signature.contentHash}>{t('signatures.hash')}: {signature.contentHash.slice(0, 12)}…</span>
                </>
              ) : (
                <span>{next ? <><span aria-hidden="true">→ </span>{t('signatures.next')}</> : t('signatures.pending')}</span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
