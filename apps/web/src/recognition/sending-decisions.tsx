import { useI18n } from '../i18n/i18n';
import { ConversionForm } from './conversion-form';
import { DecisionForm } from './decision-form';
import type { Recognition } from './recognition-types';

/**
 * What waits for the sending institution besides remedies: conversions without a rule (CTI-REC-3),
 * the ECTS lines obtained beyond the
 * agreement, and unplanned extras (REC-EXCESS), then the home units left to its decision (REC-DECISION).
 */
export function SendingDecisions({ mobilityId, recognition, onDone }: { mobilityId: string; recognition: Recognition; onDone: (message: string) => Promise<void> }) {
  const { t, decimal } = useI18n();
  const beyond = recognition.creditLines.filter((line) => line.status === 'awaiting-decision');
  const units = recognition.homeUnits.filter((unit) => unit.status === 'awaiting-decision');
  const lines = [...(recognition.outcome?.components ?? []), ...(recognition.outcome?.unplanned ?? [])];
  const pending = lines.filter((line) => line.conversion?.status === 'pending' && line.credits);
  if (beyond.length === 0 && units.length === 0 && pending.length === 0) return null;
  return (
    <section className="work-form" aria-labelledby="decisions-title">
      <h3 id="decisions-title">{t('decision.title')}</h3>
      {pending.map((line) => (
        <div key={line.code} className="line-card" data-testid={`conversion-${line.code}`}>
          <p>
            <strong>{line.code} – {line.title}</strong>: {t('conversion.pendingPrompt', { value: decimal(line.credits!.value), scheme: line.credits!.scheme })}
          </p>
          <ConversionForm mobilityId={mobilityId} code={line.code} scheme={line.credits!.scheme} onDone={onDone} />
        </div>
      ))}
      {beyond.map((line) => (
        <div key={line.code} className="line-card" data-testid={`extra-${line.code}`}>
          <p>
            <strong>{line.code}{line.title ? ` – ${line.title}` : ''}</strong>:{' '}
            {line.source === 'unplanned'
              ? t('decision.unplanned', { ects: decimal(line.beyondPlanEcts), reason: line.unplannedReason ?? '' })
              : t('decision.beyondPlan', { ects: decimal(line.beyondPlanEcts) })}
          </p>
          <DecisionForm
            path={`/agreements/${mobilityId}/extra-credits/${encodeURIComponent(line.code)}/decision`}
            textField="reason"
            label={t('decision.extraFor', { code: line.code })}
            done={t('decision.recorded', { code: line.code })}
            onDone={onDone}
          />
        </div>
      ))}
      {units.map((unit) => (
        <div key={unit.code} className="line-card" data-testid={`home-unit-${unit.code}`}>
          <p>
            <strong>{unit.code} – {unit.title}</strong>: {t('decision.homeUnit')}
            {unit.recognitionConditions && <span className="hint"> ({unit.recognitionConditions})</span>}
          </p>
          <DecisionForm
            path={`/agreements/${mobilityId}/home-units/${encodeURIComponent(unit.code)}/decision`}
            textField="comment"
            label={t('decision.homeUnitFor', { code: unit.code })}
            done={t('decision.recorded', { code: unit.code })}
            onDone={onDone}
          />
        </div>
      ))}
    </section>
  );
}
