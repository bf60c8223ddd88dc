import { FormEvent, useState } from 'react';
import type { Agreement, ContactPerson, MinorChange, MinorFields, Party } from '../api/types';
import { useSend } from '../api/use-send';
import { FieldError } from '../components/field-error';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';

const shownValue = (value: string | ContactPerson | undefined): string =>
  value === undefined ? '—' : typeof value === 'string' ? value : `${value.name} <${value.email}>`;

/** LA-MINOR: the changes recorded under a version's signatures, each with its note. */
export function MinorChangeList({ changes }: { changes: MinorChange[] }) {
  const { t, date } = useI18n();
  if (changes.length === 0) return null;
  return (
    <section className="minor-changes" aria-labelledby="minor-changes-title">
      <h3 id="minor-changes-title">{t('minor.title')}</h3>
      <ul>
        {changes.map((change) => (
          <li key={change.at}>
            {t('minor.entry', { party: t(`role.${change.party}`), n: change.version, date: date(change.at) })}
            <ul>
              {(Object.keys(change.changes) as (keyof MinorFields)[]).map((field) => (
                <li key={field}>{t(`minor.field.${field}`)}: {shownValue(change.previous[field])} → {shownValue(change.changes[field])}</li>
              ))}
            </ul>
            <blockquote>{change.note}</blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** An institution moves the dates within the term, or gives its own contact person, without new signatures. */
export function MinorChangeForm({ agreement, me, onDone }: { agreement: Agreement; me: Party | undefined; onDone: (message: string) => Promise<void> | void }) {
  const { t } = useI18n();
  const [plannedStart, setPlannedStart] = useState('');
  const [plannedEnd, setPlannedEnd] = useState('');
  const [contactName, setContactName] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [note, setNote] = useState('');
  const { error, busy, send } = useSend();
  if ((me !== 'sending' && me !== 'receiving') || agreement.status !== 'approved') return null;
  const contactField = me === 'sending' ? 'sendingContactPerson' : 'receivingContactPerson';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes: MinorFields = {
      ...(plannedStart && { plannedStart }),
      ...(plannedEnd && { plannedEnd }),
      ...((contactName || contactEmail) && { [contactField]: { name: contactName, email: contactEmail } }),
    };
    void send('POST', `/agreements/${agreement.mobilityId}/minor-changes`, { changes, note }, () => onDone(t('minor.recorded')));
  };
  const invalid = (field: string) => (error?.forField(field).length ? { 'aria-invalid': true, 'aria-describedby': `minor-${field.replace(/\./g, '-')}-error` } : {});
  const errorOf = (field: string) => <FieldError id={`minor-${field.replace(/\./g, '-')}-error`} error={error} field={field} />;
  return (
    <details className="minor-change-form">
      <summary>{t('minor.open')}</summary>
      <form onSubmit={submit} noValidate>
        <p className="hint">{t('minor.hint')}</p>
        <FormRefusal error={error} fields={['changes.plannedStart', 'changes.plannedEnd', `changes.${contactField}.name`, `changes.${contactField}.email`, 'note']} />
        <div className="row">
          <label>
            {t('minor.field.plannedStart')}
            <input type="date" value={plannedStart} onChange={(event) => setPlannedStart(event.target.value)} {...invalid('changes.plannedStart')} />
            {errorOf('changes.plannedStart')}
          </label>
          <label>
            {t('minor.field.plannedEnd')}
            <input type="date" value={plannedEnd} onChange={(event) => setPlannedEnd(event.target.value)} {...invalid('changes.plannedEnd')} />
            {errorOf('changes.plannedEnd')}
          </label>
        </div>
        <div className="row">
          <label>
            {t('minor.contactName')}
            <input value={contactName} onChange={(event) => setContactName(event.target.value)} {...invalid(`changes.${contactField}.name`)} />
            {errorOf(`changes.${contactField}.name`)}
          </label>
          <label>
            {t('minor.contactEmail')}
            <input type="email" value={contactEmail} onChange={(event) => setContactEmail(event.target.value)} {...invalid(`changes.${contactField}.email`)} />
            {errorOf(`changes.${contactField}.email`)}
          </label>
        </div>
        <label>
          {t('minor.note')}
          <textarea rows={2} value={note} onChange={(event) => setNote(event.target.value)} {...invalid('note')} />
          {errorOf('note')}
        </label>
        <button type="submit" className="primary" disabled={busy}>{t('minor.submit')}</button>
      </form>
    </details>
  );
}
