import { Link, useSearchParams } from 'react-router-dom';
import type { StudentDirectory } from '../api/types';
import { useApi } from '../api/use-api';
import { LoadedView } from '../components/loaded';
import { SearchForm } from '../components/search-form';
import { useI18n } from '../i18n/i18n';
import { studentLabel } from './student-label';

/** The students of the school's agreements and those it recorded, found by name or student number, each leading to their record. */
export function StudentDirectoryPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const asked = params.get('q') ?? '';
  const loaded = useApi<StudentDirectory>(`/students?q=${encodeURIComponent(asked)}`);
  const search = (words: string) => setParams(words ? { q: words } : {}, { replace: true });
  return (
    <section aria-labelledby="directory-title">
      <h1 id="directory-title">{t('reg.directory.title')}</h1>
      <SearchForm label={t('reg.directory.search')} initial={asked} onSearch={search} />
      <LoadedView loaded={loaded}>
        {({ students }) => (
          <>
            <p className="count" aria-live="polite">{t('reg.directory.count', { count: students.length })}</p>
            {students.length > 0 && (
              <table className="cards">
                <thead>
                  <tr>
                    <th scope="col">{t('reg.directory.name')}</th>
                    <th scope="col">{t('reg.directory.number')}</th>
                    <th scope="col">{t('reg.directory.agreements')}</th>
                  </tr>
                </thead>
                <tbody>
                  {students.map((student) => (
                    <tr key={student.studentId}>
                      <td data-label={t('reg.directory.name')}><Link to={`/school/students/${encodeURIComponent(student.studentId)}`}>{studentLabel(student, t)}</Link></td>
                      <td data-label={t('reg.directory.number')} className="code">{student.studentId}</td>
                      <td data-label={t('reg.directory.agreements')} className="number">{student.agreements}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </LoadedView>
    </section>
  );
}
