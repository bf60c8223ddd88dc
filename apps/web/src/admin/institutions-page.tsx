import { useState } from 'react';
import type { InstitutionEntry, InstitutionsAnswer } from '../api/types';
import { useApi } from '../api/use-api';
import { LoadedView } from '../components/loaded';
import { SearchForm } from '../components/search-form';
import { useI18n } from '../i18n/i18n';
import { countryName, refreshInstitutions } from '../institutions/institution-names';
import { InstitutionForm } from './institution-form';

/** The institutions register for admins: search it, record an institution, correct one's name or country. */
export function InstitutionsPage() {
  const { t, language } = useI18n();
  const [query, setQuery] = useState('');
  const loaded = useApi<InstitutionsAnswer>(`/institutions?q=${encodeURIComponent(query)}`);
  const [editing, setEditing] = useState<InstitutionEntry>();
  const [notice, setNotice] = useState<string>();
  const recorded = async (message: string) => {
    setNotice(undefined);
    await Promise.all([loaded.reload(), refreshInstitutions()]);
    setEditing(undefined);
    setNotice(message);
  };
  return (
    <section aria-labelledby="institutions-title">
      <h1 id="institutions-title">{t('reg.institutions.title')}</h1>
      <p className={notice ? 'success' : 'visually-hidden'} role="status" aria-live="polite" data-testid="notice">{notice}</p>
      <InstitutionForm key={editing?.heiId ?? 'new'} editing={editing} onDone={recorded} />
      <SearchForm label={t('reg.institutions.search')} onSearch={setQuery} />
      <LoadedView loaded={loaded}>
        {({ institutions }) => (
          <>
            <p className="count" aria-live="polite">{t('reg.institutions.count', { count: institutions.length })}</p>
            <table className="cards">
              <thead>
                <tr>
                  <th scope="col">{t('reg.institutions.name')}</th>
                  <th scope="col">{t('reg.institutions.country')}</th>
                  <th scope="col">{t('reg.institutions.code')}</th>
                  <th scope="col">{t('reg.institutions.sources')}</th>
                  <th scope="col"><span className="visually-hidden">{t('reg.institutions.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {institutions.map((entry) => (
                  <tr key={entry.heiId}>
                    <td data-label={t('reg.institutions.name')}>{entry.name ?? <em>{t('reg.institutions.unnamed')}</em>}</td>
                    <td data-label={t('reg.institutions.country')}>{entry.country ? countryName(entry.country, language) : '–'}</td>
                    <td data-label={t('reg.institutions.code')} className="code">{entry.heiId}</td>
                    <td data-label={t('reg.institutions.sources')}>{entry.sources.map((source) => t(`reg.source.${source}`)).join(', ')}</td>
                    <td data-label={t('reg.institutions.actions')}>
                      <button type="button" onClick={() => setEditing(entry)}>{t('reg.institutions.edit', { code: entry.heiId })}</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </LoadedView>
    </section>
  );
}
