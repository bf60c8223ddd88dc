import { FormEvent, useState } from 'react';
import { useSend } from '../api/use-send';
import { FieldError, fieldProps } from '../components/field-error';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';
import { CountrySelect } from '../institutions/country-select';
import { useInstitutionNames } from '../institutions/institution-names';

/**
 * Records a partner of the school: an institution picked from the register by its name (or,
 * when the register does not know it yet, by its SCHAC code), or a company hosting interns.
 */
export function PartnerForm({ school, onDone }: { school: string; onDone: (message: string) => Promise<void> }) {
  const { t } = useI18n();
  const { nameOf, entries } = useInstitutionNames();
  const { error, busy, send } = useSend();
  const [kind, setKind] = useState<'institution' | 'company'>('institution');
  const [picked, setPicked] = useState('');
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const institutions = entries.filter((entry) => entry.heiId !== school);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const known = institutions.find((entry) => entry.heiId === picked);
    const partner = {
      kind,
      id: kind === 'institution' && picked ? picked : id.trim(),
      ...((name.trim() || known?.name) && { name: name.trim() || known?.name }),
      ...((country || known?.country) && { country: country || known?.country }),
    };
    await send('POST', `/schools/${encodeURIComponent(school)}/partners`, partner, () => onDone(t('reg.partners.recorded')));
  };
  return (
    <details className="panel">
      <summary>{t('reg.partners.record')}</summary>
      <form onSubmit={submit} noValidate className="row">
        <FormRefusal error={error} fields={['id', 'name', 'country']} />
        <label>
          {t('reg.partners.kind')}
          <select value={kind} onChange={(event) => setKind(event.target.value as 'institution' | 'company')}>
            <option value="institution">{t('reg.partners.institution')}</option>
            <option value="company">{t('reg.partners.company')}</option>
          </select>
        </label>
        {kind === 'institution' && (
          <label>
            {t('reg.partners.fromRegister')}
            <select value={picked} onChange={(event) => setPicked(event.target.value)}>
              <option value="">{t('reg.partners.notInRegister')}</option>
              {institutions.map(({ heiId }) => <option key={heiId} value={heiId}>{nameOf(heiId)}</option>)}
            </select>
          </label>
        )}
        {(kind === 'company' || !picked) && (
          <label>
            {kind === 'company' ? t('reg.partners.companyId') : t('reg.partners.schac')}
            <input value={id} onChange={(event) => setId(event.target.value)} {...fieldProps(error, 'id', 'partner-id-error')} />
            <FieldError id="partner-id-error" error={error} field="id" />
          </label>
        )}
        <label>
          {t('reg.partners.name')}
          <input value={name} onChange={(event) => setName(event.target.value)} {...fieldProps(error, 'name', 'partner-name-error')} />
          <FieldError id="partner-name-error" error={error} field="name" />
        </label>
        <label>
          {t('reg.partners.country')}
          <CountrySelect value={country} onChange={setCountry} empty={t('reg.common.pick')} {...fieldProps(error, 'country', 'partner-country-error')} />
          <FieldError id="partner-country-error" error={error} field="country" />
        </label>
        <div>
          <button type="submit" className="primary" disabled={busy}>{t('reg.partners.submit')}</button>
        </div>
      </form>
    </details>
  );
}
