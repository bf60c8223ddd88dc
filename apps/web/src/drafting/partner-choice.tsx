import { FieldMessages, invalidWhen } from '../components/field-messages';
import { SearchableSelect } from '../components/searchable-select';
import { useI18n } from '../i18n/i18n';
import { countryName } from '../institutions/institution-names';
import type { HostOptions } from './host-options';

/**
 * The receiving institution, picked by name and country among the school's partners (or, when
 * the school offers none yet, the institutions register); what an IIA covers is said beside
 * each partner (LA-PARTNERSHIP). Only a form with nothing to offer asks for a SCHAC code.
 */
export function PartnerChoice({ value, messages, options, onChange }: { value: string; messages: string[]; options: HostOptions; onChange: (heiId: string) => void }) {
  const { t, language } = useI18n();
  const id = 'receiving-heiId-error';
  const { hosts, source } = options;
  if (hosts.length > 0) {
    const label = ({ heiId, name, country, covered }: HostOptions['hosts'][number]) => {
      const place = [name ?? heiId, country && countryName(country, language)].filter(Boolean).join(', ');
      const iia = covered.length > 0 ? ` · ${t('draft.iiaCovers', { years: covered.join('; ') })}` : '';
      return `${place} (${heiId})${iia}`;
    };
    return (
      <div className="partner-choice">
        <SearchableSelect
          label={t(source === 'partners' ? 'draft.receivingPick' : 'draft.receivingRegister')}
          searchLabel={t('draft.searchHost')}
          placeholder={t('draft.pickPartner')}
          options={hosts.map((host) => ({ value: host.heiId, label: label(host) }))}
          value={value}
          onChange={onChange}
          invalid={invalidWhen(id, messages)}
        />
        {source === 'register' && <span className="hint">{t('draft.noPartnersYet')}</span>}
        <FieldMessages id={id} messages={messages} />
      </div>
    );
  }
  return (
    <label>
      {t('draft.receivingCode')}
      <input value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={messages.length ? id : 'receiving-code-hint'} aria-invalid={messages.length ? true : undefined} />
      <span id="receiving-code-hint" className="hint">{t('draft.schacHint')}</span>
      <FieldMessages id={id} messages={messages} />
    </label>
  );
}
