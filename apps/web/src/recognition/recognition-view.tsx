import type { Agreement } from '../api/types';
import { useApi } from '../api/use-api';
import { formatCredits } from '../agreements/credit-totals';
import { LoadedView } from '../components/loaded';
import { useI18n } from '../i18n/i18n';
import { FailureList } from './failure-list';
import type { Recognition } from './recognition-types';
import { TranscriptTable } from './transcript-table';

/** The transcript beside table A, what was recognised automatically and how, and what failed. */
export function RecognitionView({ agreement }: { agreement: Agreement }) {
  const { t, decimal } = useI18n();
  const loaded = useApi<Recognition>(`/agreements/${agreement.mobilityId}/recognition`);
  return (
    <section aria-labelledby="recognition-title">
      <h2 id="recognition-title">{t('recognition.title')}</h2>
      <LoadedView loaded={loaded}>
        {(recognition) =>
          recognition.transcripts.length === 0 || !recognition.outcome ? (
            <p className="empty">{t('recognition.noTranscript')}</p>
          ) : (
            <>
              <dl className="figures">
                <div><dt>{t('recognition.status')}</dt><dd>{t(`recognitionStatus.${recognition.status}`)}</dd></div>
                <div><dt>{t('recognition.recognised')}</dt><dd data-testid="recognised-ects">{decimal(recognition.recognisedEcts)}</dd></div>
              </dl>
              <TranscriptTable
                planned={recognition.agreement?.content.studiedAbroad ?? []}
                lines={[...recognition.outcome.components, ...(recognition.outcome.unplanned ?? [])]}
                creditLines={recognition.creditLines ?? []}
              />
              <FailureList failures={recognition.failures} />
              {recognition.homeUnits.length > 0 && (
                <>
                  <h3>{t('recognition.homeUnits')}</h3>
                  <ul>
                    {recognition.homeUnits.map((unit) => (
                      <li key={unit.code}>{unit.code} – {unit.title}, {formatCredits(unit.credits, decimal)}: <strong>{t(`homeUnit.${unit.status}`)}</strong></li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )
        }
      </LoadedView>
    </section>
  );
}
