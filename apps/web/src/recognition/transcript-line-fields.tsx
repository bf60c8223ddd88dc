import type { ApiError } from '../api/client';
import { formatCredits } from '../agreements/credit-totals';
import type { Component } from '../api/types';
import { fieldMessages } from '../api/refusal-parts';
import { FieldMessages, invalidWhen } from '../components/field-messages';
import { useI18n } from '../i18n/i18n';
import { CREDIT_SCHEMES, differsFromPlan, LineInput, PICK, RESULTS, schemeLabel, UNPLANNED } from './transcript-lines';

/** One line of the transcript: the component, its credits and scheme, the grade and the result, and the reasons the rules ask for. */
export function TranscriptLineFields({ index, line, planned, error, onChange, onRemove }: {
  index: number;
  line: LineInput;
  planned: Component[];
  error?: ApiError;
  onChange: (next: Partial<LineInput>) => void;
  onRemove: () => void;
}) {
  const { t, decimal } = useI18n();
  const id = (field: string) => `line-${line.key}-${field}`;
  const code = line.code.trim();
  // The API names the line's field at fault, for a 400 as for a rule (CTI-REC-1 the code, REC-UNPLANNED the reason, REC-PLAUSIBLE the credits, REC-CREDITS-DIFFER the reason for the difference).
  const messages = (path: string) => fieldMessages(error, `components.${index}.${path}`);
  const codeMessages = messages('code');
  const reasonMessages = messages('unplanned');
  const creditMessages = messages('credits');
  const differenceMessages = messages('creditsDifferenceReason');
  const plan = line.unplanned ? undefined : planned.find((component) => component.code === line.code);
  const showDifference = differsFromPlan(line, plan) || differenceMessages.length > 0;
  const pick = (value: string) => {
    const component = planned.find((candidate) => candidate.code === value);
    onChange(component
      ? { code: component.code, unplanned: false, value: component.credits[0] ? decimal(component.credits[0].value) : '', scheme: component.credits[0]?.scheme ?? 'ects' }
      : { code: '', unplanned: true });
  };
  return (
    <fieldset className="line-card" data-testid={`transcript-line-${index}`}>
      <legend>{t('transcript.line', { n: index + 1 })}{code ? ` – ${code}` : ''}</legend>
      <div className="row">
        <label>
          {t('transcript.component')}
          <select value={line.unplanned ? UNPLANNED : plan ? plan.code : PICK} onChange={(event) => pick(event.target.value)} {...invalidWhen(id('code-error'), line.unplanned ? [] : codeMessages)}>
            {!line.unplanned && !plan && <option value={PICK} disabled>{t('transcript.pick')}</option>}
            {planned.map((component) => (
              <option key={component.code} value={component.code}>{component.code} – {component.title}</option>
            ))}
            <option value={UNPLANNED}>{t('transcript.unplannedOption')}</option>
          </select>
          {!line.unplanned && <FieldMessages id={id('code-error')} messages={codeMessages} />}
        </label>
        {plan && <p className="hint planned">{t('transcript.plannedCredits', { credits: formatCredits(plan.credits, decimal) })}</p>}
      </div>
      {line.unplanned && (
        <div className="row">
          <label>
            {t('transcript.unplannedCode')}
            <input value={line.code} onChange={(event) => onChange({ code: event.target.value })} {...invalidWhen(id('code-error'), codeMessages)} />
            <FieldMessages id={id('code-error')} messages={codeMessages} />
          </label>
          <label>
            {t('transcript.unplannedTitle')}
            <input value={line.title} onChange={(event) => onChange({ title: event.target.value })} />
          </label>
          <label className="wide">
            {t('transcript.unplannedReason')}
            <input value={line.reason} onChange={(event) => onChange({ reason: event.target.value })} {...invalidWhen(id('reason-error'), reasonMessages)} />
            <FieldMessages id={id('reason-error')} messages={reasonMessages} />
          </label>
        </div>
      )}
      <div className="row">
        <label>
          {t('transcript.credits')}
          <input value={line.value} inputMode="decimal" size={6} onChange={(event) => onChange({ value: event.target.value })} {...invalidWhen(id('credits-error'), creditMessages)} />
          <FieldMessages id={id('credits-error')} messages={creditMessages} />
        </label>
        <label>
          {t('transcript.scheme')}
          <select value={line.scheme} onChange={(event) => onChange({ scheme: event.target.value })}>
            {[...new Set([...CREDIT_SCHEMES, line.scheme])].map((scheme) => <option key={scheme} value={scheme}>{schemeLabel(t, scheme)}</option>)}
          </select>
        </label>
        <label>
          {t('transcript.grade')}
          <input value={line.grade} size={6} onChange={(event) => onChange({ grade: event.target.value })} />
        </label>
        <label>
          {t('transcript.result')}
          <select value={line.result} onChange={(event) => onChange({ result: event.target.value as LineInput['result'] })}>
            {RESULTS.map((result) => <option key={result} value={result}>{t(`transcript.result.${result}`)}</option>)}
          </select>
        </label>
      </div>
      {showDifference && (
        <label className="wide">
          {t('transcript.differenceReason')}
          <input value={line.differenceReason} onChange={(event) => onChange({ differenceReason: event.target.value })} {...invalidWhen(id('difference-error'), differenceMessages)} />
          <FieldMessages id={id('difference-error')} messages={differenceMessages} />
        </label>
      )}
      <button type="button" onClick={onRemove}>{t('transcript.removeLine', { n: index + 1 })}</button>
    </fieldset>
  );
}
