import { useApi } from '../api/use-api';
import { LoadedView } from '../components/loaded';
import { useI18n } from '../i18n/i18n';
import { percent } from './cohort-report';

type MomentFigures = { invited: number; answered: number; responseRate: string | null; satisfaction: Record<'preparation' | 'stay' | 'recognition', string | null> };
type Figures = { total: Record<'mid-stay' | 'after-return', MomentFigures>; byPartner: ({ partner: string } & Record<'mid-stay' | 'after-return', MomentFigures>)[] };

/** The participants' survey of the year (GET /api/reports/surveys): response rate and mean satisfaction per partner, during the stay and after the return. */
export function SurveyFiguresTable({ school, year }: { school: string; year: string }) {
  const { t, decimal } = useI18n();
  const loaded = useApi<Figures>(`/reports/surveys?school=${encodeURIComponent(school)}&year=${encodeURIComponent(year)}`);
  const rows = (figures: Figures) => [{ partner: t('survey.allPartners'), ...figures.total }, ...figures.byPartner];
  const mean = (value: string | null) => (value === null ? '–' : decimal(value));
  return (
    <LoadedView loaded={loaded}>
      {(figures) => (
        <table className="survey-figures" data-testid="survey-figures">
          <caption>{t('survey.figures')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('survey.partner')}</th>
              <th scope="col">{t('survey.moment')}</th>
              <th scope="col">{t('survey.answered')}</th>
              <th scope="col">{t('survey.responseRate')}</th>
              <th scope="col">{t('survey.question.preparation')}</th>
              <th scope="col">{t('survey.question.stay')}</th>
              <th scope="col">{t('survey.question.recognition')}</th>
            </tr>
          </thead>
          <tbody>
            {rows(figures).flatMap((row) =>
              (['mid-stay', 'after-return'] as const).map((moment) => (
                <tr key={`${row.partner}-${moment}`}>
                  <th scope="row">{row.partner}</th>
                  <td>{t(`survey.moment.${moment}`)}</td>
                  <td>{row[moment].answered} / {row[moment].invited}</td>
                  <td>{decimal(percent(row[moment].responseRate))}</td>
                  <td>{mean(row[moment].satisfaction.preparation)}</td>
                  <td>{mean(row[moment].satisfaction.stay)}</td>
                  <td>{mean(row[moment].satisfaction.recognition)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </LoadedView>
  );
}
