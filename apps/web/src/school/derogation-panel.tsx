import { FormEvent, useState } from 'react';
import type { StudentRecord } from '../api/types';
import { useSend } from '../api/use-send';
import { FieldError, fieldProps } from '../components/field-error';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';
import { useDay } from './format-day';

/** The derogation in force, and the form that grants one (reason and who decided) or revokes it, saying why. */
export function DerogationPanel({ record, onDone }: { record: StudentRecord; onDone: (message: string) => Promise<void> }) {
  const { t } = useI18n();
  const day = useDay();
  const { error, busy, send } = useSend();
  const [reason, setReason] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const path = `/students/${encodeURIComponent(record.studentId)}`;
  const derogation = record.derogation;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = derogation
      ? await send('DELETE', `${path}/derogation`, { reason }, () => onDone(t('reg.derogation.revoked')))
      : await send('POST', `${path}/derogations`, { reason, decidedBy }, () => onDone(t('reg.derogation.granted')));
    if (sent) {
      setReason('');
      setDecidedBy('');
    }
  };
  return (
    <section aria-labelledby="derogation-title" className="panel">
      <h2 id="derogation-title">{t('reg.derogation.title')}</h2>
      {derogation ? (
        <dl className="facts">
          <div><dt>{t('reg.derogation.reason')}</dt><dd>{derogation.reason}</dd></div>
          <div><dt>{t('reg.derogation.decidedBy')}</dt><dd>{derogation.decidedBy}</dd></div>
          <div><dt>{t('reg.derogation.grantedAt')}</dt><dd>{day(derogation.grantedAt)}</dd></div>
        </dl>
      ) : (
        <p className="hint">{t('reg.derogation.none')}</p>
      )}
      <form onSubmit={submit} noValidate>
        <FormRefusal error={error} fields={['reason', 'decidedBy']} />
        <label className="wide">
          {derogation ? t('reg.derogation.revokeReason') : t('reg.derogation.reason')}
          <textarea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} {...fieldProps(error, 'reason', 'derogation-reason-error')} />
          <FieldError id="derogation-reason-error" error={error} field="reason" />
        </label>
        {!derogation && (
          <label>
            {t('reg.derogation.decidedBy')}
            <input value={decidedBy} onChange={(event) => setDecidedBy(event.target.value)} {...fieldProps(error, 'decidedBy', 'derogation-decided-error')} />
            <FieldError id="derogation-decided-error" error={error} field="decidedBy" />
          </label>
        )}
        <div>
          <button type="submit" className="primary" disabled={busy}>{derogation ? t('reg.derogation.revoke') : t('reg.derogation.grant')}</button>
        </div>
      </form>
    </section>
  );
}
