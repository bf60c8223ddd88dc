import { FormEvent, useState } from 'react';
import type { ErasureView, StudentDirectory, StudentDirectoryLine } from '../api/types';
import { useApi } from '../api/use-api';
import { useSend } from '../api/use-send';
import { ErrorMessage } from '../components/error-message';
import { LoadedView } from '../components/loaded';
import { SearchForm } from '../components/search-form';
import { useI18n } from '../i18n/i18n';
import { studentLabel } from '../school/student-label';

/**
 * Erasure of a student's personal data (admins): the student is found by name or number, then
 * the admin confirms, knowing that names, email and birth date can never be read again while
 * the agreements, signatures and hash chain stay valid.
 */
export function ErasurePage() {
  const { t, date } = useI18n();
  const [query, setQuery] = useState<string>();
  const found = useApi<StudentDirectory>(query === undefined ? undefined : `/students?q=${encodeURIComponent(query)}`);
  const [chosen, setChosen] = useState<StudentDirectoryLine>();
  const [understood, setUnderstood] = useState(false);
  const [done, setDone] = useState<{ name: string; erasure: ErasureView }>();
  const { error, busy, send } = useSend();
  const search = (words: string) => {
    setQuery(words);
    setChosen(undefined);
  };
  const erase = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    await send<ErasureView>('POST', `/students/${encodeURIComponent(chosen.studentId)}/erasure`, undefined, async (erasure) => {
      await found.reload();
      setChosen(undefined);
      setUnderstood(false);
      setDone({ name: studentLabel(chosen, t), erasure });
    });
  };
  return (
    <section aria-labelledby="erasure-title">
      <h1 id="erasure-title">{t('reg.erasure.title')}</h1>
      <p className="hint">{t('reg.erasure.intro')}</p>
      <p className={done ? 'success' : 'visually-hidden'} role="status" aria-live="polite" data-testid="notice">
        {done && t('reg.erasure.done', { name: done.name, date: date(done.erasure.erasedAt) })}
      </p>
      <SearchForm label={t('reg.directory.search')} onSearch={search} />
      {query !== undefined && (
        <LoadedView loaded={found}>
          {({ students }) =>
            students.length === 0 ? (
              <p className="hint" aria-live="polite">{t('reg.erasure.noneFound')}</p>
            ) : (
              <fieldset className="panel">
                <legend>{t('reg.erasure.pick')}</legend>
                {students.map((student) => (
                  <label key={student.studentId} className="checkbox">
                    <input type="radio" name="student" checked={chosen?.studentId === student.studentId} onChange={() => setChosen(student)} disabled={student.erased} />
                    {studentLabel(student, t)} ({student.studentId})
                  </label>
                ))}
              </fieldset>
            )
          }
        </LoadedView>
      )}
      {chosen && (
        <form onSubmit={erase} className="panel danger" aria-labelledby="confirm-title">
          <h2 id="confirm-title">{t('reg.erasure.confirmTitle', { name: studentLabel(chosen, t) })}</h2>
          <ul>
            <li>{t('reg.erasure.what')}</li>
            <li>{t('reg.erasure.kept')}</li>
            <li>{t('reg.erasure.never')}</li>
          </ul>
          {error && <ErrorMessage error={error} />}
          <label className="checkbox">
            <input type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />
            {t('reg.erasure.understood', { name: studentLabel(chosen, t) })}
          </label>
          <div>
            <button type="submit" className="primary" disabled={!understood || busy}>{t('reg.erasure.submit')}</button>
            <button type="button" onClick={() => setChosen(undefined)}>{t('common.cancel')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
