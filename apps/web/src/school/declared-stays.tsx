import { FormEvent, useState } from 'react';
import type { DeclaredStay, StudentRecord } from '../api/types';
import { useSend } from '../api/use-send';
import { FieldError, fieldProps } from '../components/field-error';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';
import { CountrySelect } from '../institutions/country-select';
import { countryName } from '../institutions/institution-names';
import { useDay } from './format-day';

const KINDS = ['studies', 'internship', 'research', 'preparatory-cycle', 'internationalisation-at-home', 'gap-period'] as const;
type Kind = (typeof KINDS)[number];

/** A stay's id is made from what the person picked, never typed: its kind and start, made unique. */
const stayIdOf = (kind: string, start: string, taken: DeclaredStay[]) => {
  const base = `${kind}-${start || 'undated'}`;
  let id = base;
  for (let n = 2; taken.some((stay) => stay.stayId === id); n++) id = `${base}-${n}`;
  return id;
};

/** Stays no learning agreement carries (CTI-MOB-3, -4, -7), and the form that declares one. */
export function DeclaredStays({ record, onDone }: { record: StudentRecord; onDone: (message: string) => Promise<void> }) {
  const { t, language } = useI18n();
  const day = useDay();
  const { error, busy, send } = useSend();
  const [kind, setKind] = useState<Kind>('studies');
  const [country, setCountry] = useState('');
  const [plannedStart, setStart] = useState('');
  const [plannedEnd, setEnd] = useState('');
  const [group, setGroup] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const stay = { stayId: stayIdOf(kind, plannedStart, record.stays), kind, country, plannedStart, plannedEnd, stay: group ? 'group' : 'individual' };
    await send('POST', `/students/${encodeURIComponent(record.studentId)}/stays`, stay, () => onDone(t('reg.stays.declared')));
  };
  return (
    <section aria-labelledby="stays-title" className="panel">
      <h2 id="stays-title">{t('reg.stays.title')}</h2>
      {record.stays.length === 0 ? (
        <p className="hint">{t('reg.stays.none')}</p>
      ) : (
        <table className="cards">
          <thead>
            <tr>
              <th scope="col">{t('reg.stays.kind')}</th>
              <th scope="col">{t('reg.stays.country')}</th>
              <th scope="col">{t('reg.stays.dates')}</th>
              <th scope="col">{t('reg.stays.individual')}</th>
            </tr>
          </thead>
          <tbody>
            {record.stays.map((stay) => (
              <tr key={stay.stayId}>
                <td data-label={t('reg.stays.kind')}>{t(`stayKind.${stay.kind as Kind}`)}</td>
                <td data-label={t('reg.stays.country')}>{countryName(stay.country, language)}</td>
                <td data-label={t('reg.stays.dates')}>{day(stay.actualStart ?? stay.plannedStart)} – {day(stay.actualEnd ?? stay.plannedEnd)}</td>
                <td data-label={t('reg.stays.individual')}>{stay.stay === 'group' ? t('reg.stays.group') : t('reg.stays.alone')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details>
        <summary>{t('reg.stays.declare')}</summary>
        <form onSubmit={submit} noValidate className="row">
          <FormRefusal error={error} fields={['country', 'plannedStart', 'plannedEnd']} />
          <label>
            {t('reg.stays.kind')}
            <select value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
              {KINDS.map((option) => <option key={option} value={option}>{t(`stayKind.${option}`)}</option>)}
            </select>
          </label>
          <label>
            {t('reg.stays.country')}
            <CountrySelect value={country} onChange={setCountry} empty={t('reg.common.pick')} {...fieldProps(error, 'country', 'stay-country-error')} />
            <FieldError id="stay-country-error" error={error} field="country" />
          </label>
          <label>
            {t('reg.stays.start')}
            <input type="date" value={plannedStart} onChange={(event) => setStart(event.target.value)} {...fieldProps(error, 'plannedStart', 'stay-start-error')} />
            <FieldError id="stay-start-error" error={error} field="plannedStart" />
          </label>
          <label>
            {t('reg.stays.end')}
            <input type="date" value={plannedEnd} onChange={(event) => setEnd(event.target.value)} {...fieldProps(error, 'plannedEnd', 'stay-end-error')} />
            <FieldError id="stay-end-error" error={error} field="plannedEnd" />
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={group} onChange={(event) => setGroup(event.target.checked)} />
            {t('reg.stays.asGroup')}
          </label>
          <div>
            <button type="submit" className="primary" disabled={busy}>{t('reg.stays.submit')}</button>
          </div>
        </form>
      </details>
    </section>
  );
}
