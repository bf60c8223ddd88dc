import { FormEvent, useState } from 'react';
import type { StudentRecord } from '../api/types';
import { useSend } from '../api/use-send';
import { FieldError, fieldProps } from '../components/field-error';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';
import { stayLabelOf, type StayChoice } from './stay-label';

const MODES = ['train', 'bus', 'car-sharing', 'bicycle'] as const;
const JOURNEYS = ['outbound', 'return'] as const;

/** Days of low-carbon travel per stay and journey (CTI-MOB-8), and the form that records a journey. */
export function LowCarbonTravel({ record, stays, onDone }: { record: StudentRecord; stays: StayChoice[]; onDone: (message: string) => Promise<void> }) {
  const { t } = useI18n();
  const { error, busy, send } = useSend();
  const [stay, setStay] = useState('');
  const [journey, setJourney] = useState<(typeof JOURNEYS)[number]>('outbound');
  const [days, setDays] = useState('');
  const [mode, setMode] = useState<(typeof MODES)[number]>('train');
  const travelled = record.records.flatMap((entry) =>
    JOURNEYS.flatMap((way) => (entry.lowCarbonTravel[way] ? [{ stay: stayLabelOf(stays, entry.stay), way, ...entry.lowCarbonTravel[way]! }] : [])),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const picked = stays.find((choice) => choice.value === stay);
    await send('POST', `/students/${encodeURIComponent(record.studentId)}/records/low-carbon-travel`, { stay: picked?.ref ?? {}, journey, days: Number(days), mode }, () =>
      onDone(t('reg.travel.recorded')),
    );
  };
  return (
    <section aria-labelledby="travel-title" className="panel">
      <h2 id="travel-title">{t('reg.travel.title')}</h2>
      {travelled.length === 0 ? (
        <p className="hint">{t('reg.travel.none')}</p>
      ) : (
        <table className="cards">
          <thead>
            <tr>
              <th scope="col">{t('reg.travel.stay')}</th>
              <th scope="col">{t('reg.travel.journey')}</th>
              <th scope="col">{t('reg.travel.mode')}</th>
              <th scope="col">{t('reg.travel.days')}</th>
            </tr>
          </thead>
          <tbody>
            {travelled.map((row) => (
              <tr key={`${row.stay}-${row.way}`}>
                <td data-label={t('reg.travel.stay')}>{row.stay}</td>
                <td data-label={t('reg.travel.journey')}>{t(`reg.journey.${row.way}`)}</td>
                <td data-label={t('reg.travel.mode')}>{t(`reg.mode.${row.mode as (typeof MODES)[number]}`)}</td>
                <td data-label={t('reg.travel.days')} className="number">{row.days}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {stays.length > 0 && (
        <details>
          <summary>{t('reg.travel.record')}</summary>
          <form onSubmit={submit} noValidate className="row">
            <FormRefusal error={error} fields={['stay', 'days']} />
            <label>
              {t('reg.travel.stay')}
              <select value={stay} onChange={(event) => setStay(event.target.value)} {...fieldProps(error, 'stay', 'travel-stay-error')}>
                <option value="">{t('reg.common.pick')}</option>
                {stays.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
              </select>
              <FieldError id="travel-stay-error" error={error} field="stay" />
            </label>
            <label>
              {t('reg.travel.journey')}
              <select value={journey} onChange={(event) => setJourney(event.target.value as (typeof JOURNEYS)[number])}>
                {JOURNEYS.map((way) => <option key={way} value={way}>{t(`reg.journey.${way}`)}</option>)}
              </select>
            </label>
            <label>
              {t('reg.travel.mode')}
              <select value={mode} onChange={(event) => setMode(event.target.value as (typeof MODES)[number])}>
                {MODES.map((option) => <option key={option} value={option}>{t(`reg.mode.${option}`)}</option>)}
              </select>
            </label>
            <label>
              {t('reg.travel.days')}
              <input inputMode="numeric" value={days} onChange={(event) => setDays(event.target.value)} {...fieldProps(error, 'days', 'travel-days-error')} />
              <FieldError id="travel-days-error" error={error} field="days" />
            </label>
            <div>
              <button type="submit" className="primary" disabled={busy}>{t('reg.travel.submit')}</button>
            </div>
          </form>
        </details>
      )}
    </section>
  );
}
