import { FormEvent, useState } from 'react';
import { useSend } from '../api/use-send';
import { FieldError } from '../components/field-error';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';

/**
 * The student (or the sending school) declares the day of departure or return as it happened
 * (POST .../departure, .../return); the host's confirmation outranks it (LA-STAY).
 */
export function DeclareStayForm({ mobilityId, onDone }: { mobilityId: string; onDone: (message: string) => Promise<void> | void }) {
  const { t } = useI18n();
  const [which, setWhich] = useState<'departure' | 'return'>('departure');
  const [date, setDate] = useState('');
  const { error, busy, send } = useSend();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send('POST', `/agreements/${mobilityId}/${which}`, { date }, () => onDone(t(which === 'departure' ? 'stay.departureRecorded' : 'stay.returnRecorded')));
  };
  const invalid = error?.forField('date').length ? { 'aria-invalid': true as const, 'aria-describedby': 'declare-date-error' } : {};
  return (
    <details>
      <summary>{t('stay.declare')}</summary>
      <form onSubmit={submit} noValidate>
        <p className="hint">{t('stay.declareHint')}</p>
        <FormRefusal error={error} fields={['date']} />
        <div className="row">
          <label>
            {t('stay.which')}
            <select value={which} onChange={(event) => setWhich(event.target.value as 'departure' | 'return')}>
              <option value="departure">{t('stay.departure')}</option>
              <option value="return">{t('stay.return')}</option>
            </select>
          </label>
          <label>
            {t('stay.day')}
            <input type="date" value={date} onChange={(event) => setDate(event.target.value)} {...invalid} />
            <FieldError id="declare-date-error" error={error} field="date" />
          </label>
        </div>
        <button type="submit" className="primary" disabled={busy}>{t('stay.declareSubmit')}</button>
      </form>
    </details>
  );
}
