import type { AgreementStatus } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useInstitutionNames } from '../institutions/institution-names';

export interface Filters { status: string; year: string; partner: string; waiting: boolean }

const STATUSES: AgreementStatus[] = ['draft', 'signing', 'approved', 'amendment-proposed'];

export function AgreementFilters({ filters, years, partners, canSign, onChange }: {
  filters: Filters;
  years: string[];
  partners: string[];
  canSign: boolean;
  onChange: (filters: Filters) => void;
}) {
  const { t } = useI18n();
  const { nameOf } = useInstitutionNames();
  const set = (change: Partial<Filters>) => onChange({ ...filters, ...change });
  return (
    <fieldset className="filters">
      <legend>{t('list.filters')}</legend>
      {canSign && (
        <label className="checkbox">
          <input type="checkbox" checked={filters.waiting} onChange={(event) => set({ waiting: event.target.checked })} />
          {t('list.waiting')}
        </label>
      )}
      <label>
        {t('list.status')}
        <select value={filters.status} onChange={(event) => set({ status: event.target.value })}>
          <option value="">{t('list.all')}</option>
          {STATUSES.map((status) => <option key={status} value={status}>{t(`status.${status}`)}</option>)}
        </select>
      </label>
      <label>
        {t('list.year')}
        <select value={filters.year} onChange={(event) => set({ year: event.target.value })}>
          <option value="">{t('list.all')}</option>
          {years.map((year) => <option key={year} value={year}>{year}</option>)}
        </select>
      </label>
      <label>
        {t('list.partner')}
        <select value={filters.partner} onChange={(event) => set({ partner: event.target.value })}>
          <option value="">{t('list.all')}</option>
          {partners.map((partner) => <option key={partner} value={partner}>{nameOf(partner)}</option>)}
        </select>
      </label>
    </fieldset>
  );
}
