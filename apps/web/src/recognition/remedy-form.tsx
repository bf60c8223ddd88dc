import { FormEvent, useState } from 'react';
import { fieldMessages } from '../api/refusal-parts';
import { useSend } from '../api/use-send';
import { decimalInput } from '../agreements/credit-totals';
import { FieldMessages, invalidWhen } from '../components/field-messages';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';
import type { Recognition } from './recognition-types';

/** The kinds of remedy the API accepts (REMEDY_KINDS in the domain). */
export const REMEDY_KINDS = ['home-component', 'credits-from-other-component', 'later-session', 'resit-at-host', 'waived', 'other'] as const;

type Failure = Recognition['failures'][number];

/**
 * CTI-REC-5: the sending institution records how a failed component is made good, then closes
 * that remedy with its outcome and the ECTS it earned. One open remedy at a time (REC-REMEDY).
 */
export function RemedyForm({ mobilityId, failure, onDone }: { mobilityId: string; failure: Failure; onDone: (message: string) => Promise<void> }) {
  const current = failure.remedies.at(-1);
  if (current?.closed?.outcome === 'succeeded') return null;
  return current && !current.closed
    ? <CloseRemedyForm mobilityId={mobilityId} code={failure.code} number={current.number} onDone={onDone} />
    : <RecordRemedyForm mobilityId={mobilityId} code={failure.code} onDone={onDone} />;
}

function RecordRemedyForm({ mobilityId, code, onDone }: { mobilityId: string; code: string; onDone: (message: string) => Promise<void> }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<string>(REMEDY_KINDS[0]);
  const [description, setDescription] = useState('');
  const { error, busy, send } = useSend();
  const id = `remedy-${code}`;
  const descriptionMessages = fieldMessages(error, 'description');
  const kindMessages = fieldMessages(error, 'kind');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send('POST', `/agreements/${mobilityId}/remedies`, { componentCode: code, kind, description }, () => onDone(t('remedy.recorded', { code })));
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={t('remedy.recordFor', { code })}>
      <FormRefusal error={error} fields={['kind', 'description']} />
      <label>
        {t('remedy.kind')}
        <select value={kind} onChange={(event) => setKind(event.target.value)} {...invalidWhen(`${id}-kind-error`, kindMessages)}>
          {REMEDY_KINDS.map((option) => <option key={option} value={option}>{t(`remedy.kind.${option}`)}</option>)}
        </select>
        <FieldMessages id={`${id}-kind-error`} messages={kindMessages} />
      </label>
      <label className="wide">
        {t('remedy.description')}
        <input value={description} onChange={(event) => setDescription(event.target.value)} {...invalidWhen(`${id}-description-error`, descriptionMessages)} />
        <FieldMessages id={`${id}-description-error`} messages={descriptionMessages} />
      </label>
      <button type="submit" className="primary" disabled={busy}>{t('remedy.record')}</button>
    </form>
  );
}

function CloseRemedyForm({ mobilityId, code, number, onDone }: { mobilityId: string; code: string; number: number; onDone: (message: string) => Promise<void> }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<'succeeded' | 'failed'>('succeeded');
  const [ects, setEcts] = useState('');
  const [comment, setComment] = useState('');
  const { error, busy, send } = useSend();
  const id = `closure-${code}`;
  const ectsMessages = fieldMessages(error, 'ectsObtained');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { outcome, ...(ects.trim() && { ectsObtained: decimalInput(ects) }), ...(comment.trim() && { comment }) };
    void send('POST', `/agreements/${mobilityId}/remedies/${encodeURIComponent(code)}/closure`, body, () => onDone(t('remedy.closed', { code })));
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={t('remedy.closeFor', { code, n: number })}>
      <FormRefusal error={error} fields={['ectsObtained']} />
      <label>
        {t('remedy.outcome')}
        <select value={outcome} onChange={(event) => setOutcome(event.target.value as 'succeeded' | 'failed')}>
          <option value="succeeded">{t('remedy.outcome.succeeded')}</option>
          <option value="failed">{t('remedy.outcome.failed')}</option>
        </select>
      </label>
      <label>
        {t('remedy.ectsObtained')}
        <input value={ects} inputMode="decimal" size={6} onChange={(event) => setEcts(event.target.value)} {...invalidWhen(`${id}-ects-error`, ectsMessages)} />
        <FieldMessages id={`${id}-ects-error`} messages={ectsMessages} />
      </label>
      <label className="wide">
        {t('remedy.comment')}
        <input value={comment} onChange={(event) => setComment(event.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={busy}>{t('remedy.close')}</button>
    </form>
  );
}
