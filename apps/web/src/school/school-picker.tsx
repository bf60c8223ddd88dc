import { useIdentity } from '../auth/use-identity';
import { useI18n } from '../i18n/i18n';
import { useInstitutionNames } from '../institutions/institution-names';

/**
 * The school a page works on: the coordinator's own; an admin, who belongs to none, picks one
 * from the institutions register by its name.
 */
export function useSchool(picked: string): { school?: string; admin: boolean } {
  const identity = useIdentity();
  if (identity?.role === 'admin') return { school: picked || undefined, admin: true };
  return { school: identity?.institution, admin: false };
}

export function SchoolPicker({ value, onChange }: { value: string; onChange: (heiId: string) => void }) {
  const { t } = useI18n();
  const { nameOf, entries } = useInstitutionNames();
  return (
    <label>
      {t('reg.school.pick')}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('reg.common.pick')}</option>
        {entries.map(({ heiId }) => <option key={heiId} value={heiId}>{nameOf(heiId)}</option>)}
      </select>
    </label>
  );
}
