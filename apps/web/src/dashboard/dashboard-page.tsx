import { FormEvent, useState } from 'react';
import { ApiError, download } from '../api/client';
import type { MobilityStatusCode } from '../api/types';
import { asApiError, useApi } from '../api/use-api';
import { useIdentity } from '../auth/use-identity';
import { ErrorMessage } from '../components/error-message';
import { LoadedView } from '../components/loaded';
import { useI18n } from '../i18n/i18n';
import { academicYears, CohortReport, percent } from './cohort-report';
import { IndicatorChart } from './indicator-chart';
import { ReportFigures } from './report-figures';
import { SurveyFiguresTable } from './survey-figures';

/** The CTI indicators of one school and one academic year, drawn. */
export function DashboardPage() {
  const { t, decimal } = useI18n();
  const identity = useIdentity();
  const years = academicYears();
  const [school, setSchool] = useState(identity?.institution ?? 'insa-lyon.fr');
  const [year, setYear] = useState(years[1]);
  const [query, setQuery] = useState({ school, year });
  const [error, setError] = useState<ApiError>();
  const path = `/reports/cohort?school=${encodeURIComponent(query.school)}&year=${encodeURIComponent(query.year)}`;
  const loaded = useApi<CohortReport>(path);
  const show = (event: FormEvent) => {
    event.preventDefault();
    setQuery({ school, year });
  };
  const exportCsv = () =>
    download(`${path}&format=csv`, `cohort-${query.school}-${query.year.replace('/', '-')}.csv`, 'text/csv').catch((refused: unknown) => setError(asApiError(refused)));
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      <form onSubmit={show} className="inline">
        {/* Staff report on their own school; only an auditor of every school picks one. */}
        {identity?.institution ? (
          <p>{t('dashboard.school')}: <strong>{identity.institution}</strong></p>
        ) : (
          <label>
            {t('dashboard.school')}
            <input value={school} onChange={(event) => setSchool(event.target.value)} />
          </label>
        )}
        <label>
          {t('dashboard.year')}
          <select value={year} onChange={(event) => setYear(event.target.value)}>
            {years.map((option) => <option key={option} value={option}>{option}</option>)}
          </select>
        </label>
        <button type="submit">{t('dashboard.show')}</button>
        <button type="button" onClick={exportCsv}>{t('dashboard.exportCsv')}</button>
      </form>
      {error && <ErrorMessage error={error} />}
      <LoadedView loaded={loaded}>
        {(report) => (
          <>
            <dl className="figures">
              {/* Each figure says how it is counted (the report's definitions, shortened): a rate means nothing without its denominator. */}
              <div><dt>{t('dashboard.mobilityRate')}</dt><dd data-testid="mobility-rate">{decimal(percent(report.students.mobilityRate))}</dd><dd className="hint">{t('dashboard.hint.mobilityRate')}</dd></div>
              <div><dt>{t('dashboard.automaticShare')}</dt><dd>{decimal(percent(report.credits.automaticShare))}</dd><dd className="hint">{t('dashboard.hint.automaticShare')}</dd></div>
              <div><dt>{t('list.student')}</dt><dd>{report.students.total}</dd><dd className="hint">{t('dashboard.hint.students')}</dd></div>
            </dl>
            <div className="charts">
              <IndicatorChart
                title={t('dashboard.students')}
                hint={t('dashboard.hint.byStatus')}
                labels={Object.keys(report.students.byStatus).map((status) => t(`mobilityStatus.${status as MobilityStatusCode}`))}
                values={Object.values(report.students.byStatus)}
                color="#2f6fb0"
              />
              <IndicatorChart
                title={t('dashboard.agreements')}
                hint={t('dashboard.hint.agreements')}
                labels={[t('dashboard.outgoing'), t('dashboard.approved'), t('dashboard.departed'), t('dashboard.signedBefore'), t('dashboard.departedBefore')]}
                values={[report.agreements.outgoing, report.agreements.approved, report.agreements.departed, report.agreements.signedByAllBeforeDeparture, report.agreements.departedBeforeSignature]}
                color="#4f8a3c"
              />
              <IndicatorChart
                title={t('dashboard.credits')}
                hint={t('dashboard.hint.credits')}
                labels={[t('dashboard.planned'), t('dashboard.recognised'), t('dashboard.automatic')]}
                values={[report.credits.plannedEcts, report.credits.recognisedEcts, report.credits.automaticEcts].map(Number)}
                color="#b0632f"
              />
            </div>
            <ReportFigures report={report} />
          </>
        )}
      </LoadedView>
      <SurveyFiguresTable school={query.school} year={query.year} />
    </section>
  );
}
