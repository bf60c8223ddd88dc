import { useIdentity } from '../auth/use-identity';
import { useI18n } from '../i18n/i18n';
import { useInstitutionNames } from '../institutions/institution-names';
import { useApi } from '../api/use-api';
import type { InstitutionEntry } from '../api/types';

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
  const { nameOf } = useInstitutionNames();
  const register = useApi<{ institutions: InstitutionEntry[] }>('/institutions');
  return (
    <label>
      {t('reg.school.pick')}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('reg.common.pick')}</option>
        {(register.data?.institutions ?? []).map(({ heiId }) => <option key={heiId} value={heiId}>{nameOf(heiId)}</option>)}
      </select>
    </label>
  );
}
