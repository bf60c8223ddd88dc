import { FormEvent, useState } from 'react';
import type { Agreement, Party, StayDate } from '../api/types';
import { useSend } from '../api/use-send';
import { FieldError } from '../components/field-error';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';
import { DeclareStayForm } from './declare-stay-form';

/**
 * The stay's dates the ledger goes by, each saying whether the host confirmed it, someone
 * declared it, or it is only planned (LA-STAY); the receiving institution confirms them here.
 */
export function StayDates({ agreement, me, onDone }: { agreement: Agreement; me: Party | undefined; onDone: (message: string) => Promise<void> | void }) {
  const { t, date } = useI18n();
  const shown = (stayDate: StayDate | undefined) =>
    stayDate ? t('stay.dated', { date: date(stayDate.date), source: t(`stay.source.${stayDate.source}`) }) : t('stay.unknown');
  return (
    <section className="stay-dates" aria-labelledby="stay-title">
      <h3 id="stay-title">{t('stay.title')}</h3>
      <dl>
        <dt>{t('stay.start')}</dt>
        <dd data-testid="stay-start">{shown(agreement.stay?.start)}</dd>
        <dt>{t('stay.end')}</dt>
        <dd data-testid="stay-end">{shown(agreement.stay?.end)}</dd>
      </dl>
      {me === 'receiving' && agreement.status !== 'deleted' && <ConfirmStayForm mobilityId={agreement.mobilityId} onDone={onDone} />}
      {(me === 'student' || me === 'sending') && agreement.status !== 'deleted' && <DeclareStayForm mobilityId={agreement.mobilityId} onDone={onDone} />}
    </section>
  );
}

function ConfirmStayForm({ mobilityId, onDone }: { mobilityId: string; onDone: (message: string) => Promise<void> | void }) {
  const { t } = useI18n();
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const { error, busy, send } = useSend();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send('POST', `/agreements/${mobilityId}/stay-confirmation`, { ...(start && { start }), ...(end && { end }) }, () => onDone(t('stay.confirmed')));
  };
  const invalid = (field: string) => (error?.forField(field).length ? { 'aria-invalid': true, 'aria-describedby': `confirm-${field}-error` } : {});
  return (
    <details>
      <summary>{t('stay.confirm')}</summary>
      <form onSubmit={submit} noValidate>
        <p className="hint">{t('stay.confirmHint')}</p>
        <FormRefusal error={error} fields={['start', 'end']} />
        <div className="row">
          <label>
            {t('stay.start')}
            <input type="date" value={start} onChange={(event) => setStart(event.target.value)} {...invalid('start')} />
            <FieldError id="confirm-start-error" error={error} field="start" />
          </label>
          <label>
            {t('stay.end')}
            <input type="date" value={end} onChange={(event) => setEnd(event.target.value)} {...invalid('end')} />
            <FieldError id="confirm-end-error" error={error} field="end" />
          </label>
        </div>
        <button type="submit" className="primary" disabled={busy}>{t('stay.confirmSubmit')}</button>
      </form>
    </details>
  );
}
