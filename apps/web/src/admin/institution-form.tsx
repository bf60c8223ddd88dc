import { FormEvent, useState } from 'react';
import type { InstitutionEntry } from '../api/types';
import { useSend } from '../api/use-send';
import { FieldError, fieldProps } from '../components/field-error';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';
import { CountrySelect } from '../institutions/country-select';

/** Records an institution, or corrects the one picked in the list: its SCHAC code stays as EWP names it. */
export function InstitutionForm({ editing, onDone }: { editing?: InstitutionEntry; onDone: (message: string) => Promise<void> }) {
  const { t } = useI18n();
  const { error, busy, send } = useSend();
  const [heiId, setHeiId] = useState(editing?.heiId ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [country, setCountry] = useState(editing?.country ?? '');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await send<InstitutionEntry>('PUT', `/institutions/${encodeURIComponent(heiId.trim() || '-')}`, { name, country }, (entry) =>
      onDone(t('reg.institutions.recorded', { name: entry.name ?? entry.heiId })),
    );
  };
  return (
    <form onSubmit={submit} noValidate className="panel row" aria-labelledby="institution-form-title">
      <h2 id="institution-form-title">{editing ? t('reg.institutions.correct', { code: editing.heiId }) : t('reg.institutions.add')}</h2>
      <FormRefusal error={error} fields={['heiId', 'name', 'country']} />
      <label>
        {t('reg.institutions.code')}
        <input value={heiId} readOnly={editing !== undefined} onChange={(event) => setHeiId(event.target.value)} {...fieldProps(error, 'heiId', 'institution-code-error')} />
        <FieldError id="institution-code-error" error={error} field="heiId" />
      </label>
      <label>
        {t('reg.institutions.name')}
        <input value={name} onChange={(event) => setName(event.target.value)} {...fieldProps(error, 'name', 'institution-name-error')} />
        <FieldError id="institution-name-error" error={error} field="name" />
      </label>
      <label>
        {t('reg.institutions.country')}
        <CountrySelect value={country} onChange={setCountry} empty={t('reg.common.pick')} {...fieldProps(error, 'country', 'institution-country-error')} />
        <FieldError id="institution-country-error" error={error} field="country" />
      </label>
      <div>
        <button type="submit" className="primary" disabled={busy}>{t('reg.institutions.submit')}</button>
      </div>
    </form>
  );
}
