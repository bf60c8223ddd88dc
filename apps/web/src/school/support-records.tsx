import { FormEvent, useState } from 'react';
import type { StudentRecord } from '../api/types';
import { useSend } from '../api/use-send';
import { FieldError, fieldProps } from '../components/field-error';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';
import { useDay } from './format-day';
import { stayLabelOf, type StayChoice } from './stay-label';

const STEPS = ['preparation', 'follow-up', 'debrief'] as const;
type Step = (typeof STEPS)[number];
const KEYS: Record<Step, 'preparation' | 'followUp' | 'debrief'> = { preparation: 'preparation', 'follow-up': 'followUp', debrief: 'debrief' };

/** The school's support of each stay (CTI-MOB-9): preparation, follow-up and debrief, each on the day it took place. */
export function SupportRecords({ record, stays, onDone }: { record: StudentRecord; stays: StayChoice[]; onDone: (message: string) => Promise<void> }) {
  const { t } = useI18n();
  const day = useDay();
  const { error, busy, send } = useSend();
  const [stay, setStay] = useState('');
  const [step, setStep] = useState<Step>('preparation');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const held = record.records.flatMap((entry) => STEPS.flatMap((kind) => entry[KEYS[kind]].map((on) => ({ stay: stayLabelOf(stays, entry.stay), kind, on }))));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const picked = stays.find((choice) => choice.value === stay);
    await send('POST', `/students/${encodeURIComponent(record.studentId)}/records/${step}`, { stay: picked?.ref ?? {}, date, ...(note.trim() && { note }) }, () =>
      onDone(t('reg.support.recorded')),
    );
  };
  return (
    <section aria-labelledby="support-title" className="panel">
      <h2 id="support-title">{t('reg.support.title')}</h2>
      {held.length === 0 ? (
        <p className="hint">{t('reg.support.none')}</p>
      ) : (
        <ul>
          {held.map((item) => <li key={`${item.stay}-${item.kind}-${item.on}`}>{t(`reg.support.${item.kind}`)}, {day(item.on)}: {item.stay}</li>)}
        </ul>
      )}
      {stays.length > 0 && (
        <details>
          <summary>{t('reg.support.record')}</summary>
          <form onSubmit={submit} noValidate className="row">
            <FormRefusal error={error} fields={['stay', 'date', 'note']} />
            <label>
              {t('reg.travel.stay')}
              <select value={stay} onChange={(event) => setStay(event.target.value)} {...fieldProps(error, 'stay', 'support-stay-error')}>
                <option value="">{t('reg.common.pick')}</option>
                {stays.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
              </select>
              <FieldError id="support-stay-error" error={error} field="stay" />
            </label>
            <label>
              {t('reg.support.kind')}
              <select value={step} onChange={(event) => setStep(event.target.value as Step)}>
                {STEPS.map((kind) => <option key={kind} value={kind}>{t(`reg.support.${kind}`)}</option>)}
              </select>
            </label>
            <label>
              {t('reg.support.date')}
              <input type="date" value={date} onChange={(event) => setDate(event.target.value)} {...fieldProps(error, 'date', 'support-date-error')} />
              <FieldError id="support-date-error" error={error} field="date" />
            </label>
            <label className="wide">
              {t('reg.support.note')}
              <textarea rows={2} value={note} onChange={(event) => setNote(event.target.value)} {...fieldProps(error, 'note', 'support-note-error')} />
              <FieldError id="support-note-error" error={error} field="note" />
            </label>
            <div>
              <button type="submit" className="primary" disabled={busy}>{t('reg.support.submit')}</button>
            </div>
          </form>
        </details>
      )}
    </section>
  );
}
