import { MouseEvent, useState } from 'react';
import type { AgreementSummary } from '../api/types';
import { Link, useSearchParams } from 'react-router-dom';
import { useIdentity } from '../auth/use-identity';
import { LoadedView } from '../components/loaded';
import { Empty } from '../components/loading';
import { StatusBadge } from '../components/status-badge';
import { InstitutionName } from '../institutions/institution-name';
import { useI18n } from '../i18n/i18n';
import { AgreementFilters, Filters } from './agreement-filters';
import { partnerOf, signs, waitsFor } from './my-party';
import { Pager } from './pager';
import { useAllAgreements } from './use-all-agreements';

const PER_PAGE = 20;
const distinct = (values: string[]) => [...new Set(values)].sort();

export function AgreementsPage() {
  const { t } = useI18n();
  const identity = useIdentity();
  const loaded = useAllAgreements();
  const [params, setParams] = useSearchParams();
  // Kept here and mirrored in the address (to bookmark or share a view): the router updates the address in a transition, a control must change at once.
  const [filters, setFiltersState] = useState<Filters>(() => ({
    status: params.get('status') ?? '',
    year: params.get('year') ?? '',
    partner: params.get('partner') ?? '',
    waiting: params.get('waiting') === '1',
  }));
  const [page, setPage] = useState(() => Math.max(1, Number(params.get('page') ?? 1)));
  const mirror = (next: Filters, nextPage: number) =>
    setParams(Object.fromEntries(Object.entries({ ...next, waiting: next.waiting ? '1' : '', page: nextPage > 1 ? String(nextPage) : '' }).filter(([, value]) => value)) as Record<string, string>, { replace: true });
  const setFilters = (next: Filters) => {
    setFiltersState(next);
    setPage(1);
    mirror(next, 1);
  };
  const turnPage = (next: number) => {
    setPage(next);
    mirror(filters, next);
  };
  const canSign = signs(identity);
  const waitingForMe = (item: AgreementSummary) => waitsFor(identity, item);
  const onlyWaiting = (event: MouseEvent) => {
    event.preventDefault();
    setFilters({ status: '', year: '', partner: '', waiting: true });
  };

  return (
    <section aria-labelledby="list-title">
      <h1 id="list-title">{t('list.title')}</h1>
      <LoadedView loaded={loaded}>
        {(all) => {
          const shown = all.filter(
            (item) =>
              (!filters.status || item.status === filters.status) &&
              (!filters.year || item.receivingAcademicYear === filters.year) &&
              (!filters.partner || partnerOf(identity, item) === filters.partner) &&
              (!filters.waiting || waitingForMe(item)),
          );
          const pages = Math.max(1, Math.ceil(shown.length / PER_PAGE));
          const rows = shown.slice((Math.min(page, pages) - 1) * PER_PAGE, Math.min(page, pages) * PER_PAGE);
          const waiting = all.filter(waitingForMe).length;
          return (
            <>
              {canSign && (
                <p className="waiting-summary">
                  {waiting === 0 ? (
                    t('list.nothingWaiting')
                  ) : (
                    <Link to="/agreements?waiting=1" className="waiting-badge" onClick={onlyWaiting} aria-current={filters.waiting && !filters.status && !filters.year && !filters.partner ? 'page' : undefined}>
                      {t('list.waitingCount', { count: waiting })}
                    </Link>
                  )}
                </p>
              )}
              <AgreementFilters
                filters={filters}
                years={distinct(all.map((item) => item.receivingAcademicYear))}
                partners={distinct(all.map((item) => partnerOf(identity, item)))}
                canSign={canSign}
                onChange={setFilters}
              />
              <p className="count" aria-live="polite">
                {t('list.count', { count: shown.length })}
              </p>
              {rows.length === 0 ? (
                <Empty>{all.length === 0 ? undefined : t('list.none')}</Empty>
              ) : (
                <table className="agreements">
                  <thead>
                    <tr>
                      <th scope="col">{t('list.student')}</th>
                      <th scope="col">{t('list.host')}</th>
                      <th scope="col">{t('list.year')}</th>
                      <th scope="col">{t('list.status')}</th>
                      <th scope="col">{t('list.version')}</th>
                      <th scope="col">{t('list.awaiting')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((item) => (
                      <tr key={item.mobilityId} className={waitingForMe(item) ? 'mine' : undefined}>
                        <td><Link to={`/agreements/${item.mobilityId}`}>{item.studentName}</Link></td>
                        <td><InstitutionName heiId={item.receivingInstitution} /></td>
                        <td>{item.receivingAcademicYear}</td>
                        <td><StatusBadge status={item.status} /></td>
                        <td>{item.versionInForce ?? '–'}</td>
                        <td>
                          {item.awaiting ? t(`role.${item.awaiting}`) : '–'}
                          {waitingForMe(item) && <strong className="your-turn"> ({t('list.yourTurn')})</strong>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <Pager page={Math.min(page, pages)} pages={pages} onPage={turnPage} />
            </>
          );
        }}
      </LoadedView>
    </section>
  );
}
