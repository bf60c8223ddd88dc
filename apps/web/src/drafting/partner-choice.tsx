import type { PartnershipsAnswer } from '../api/types';
import { useApi } from '../api/use-api';
import { useIdentity } from '../auth/use-identity';
import { FieldMessages, invalidWhen } from '../components/field-messages';
import { useI18n } from '../i18n/i18n';

/**
 * The receiving institution: picked from the school's partners where the API lists them to the
 * reader (GET /partnerships, for staff); a student, to whom the API does not list them, types
 * the host's SCHAC code as the host gave it.
 */
export function PartnerChoice({ value, messages, onChange }: { value: string; messages: string[]; onChange: (heiId: string) => void }) {
  const { t } = useI18n();
  const identity = useIdentity();
  const staff = identity?.role === 'sending' || identity?.role === 'receiving';
  const loaded = useApi<PartnershipsAnswer>(staff ? '/partnerships' : undefined);
  const partners = (loaded.data?.partnerships ?? [])
    .flatMap((partnership) => partnership.partners)
    .filter((partner) => partner.id !== identity?.institution && partner.kind !== 'company');
  const id = 'receiving-heiId-error';
  if (partners.length > 0) {
    return (
      <label>
        {t('draft.receivingPick')}
        <select value={value} onChange={(event) => onChange(event.target.value)} {...invalidWhen(id, messages)}>
          <option value="" disabled>{t('draft.pickPartner')}</option>
          {[...new Map(partners.map((partner) => [partner.id, partner])).values()].map((partner) => (
            <option key={partner.id} value={partner.id}>{partner.name ? `${partner.name} (${partner.id})` : partner.id}</option>
          ))}
        </select>
        <FieldMessages id={id} messages={messages} />
      </label>
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
