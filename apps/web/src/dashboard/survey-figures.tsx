import type { SurveyFigures as Figures } from '../api/types';
import { useApi } from '../api/use-api';
import { LoadedView } from '../components/loaded';
import { useI18n } from '../i18n/i18n';
import { percent } from './cohort-report';

/**
 * The participants' survey of the year (GET /api/reports/surveys): response rate and mean
 * satisfaction per partner, during the stay and after the return, one column per rating
 * question of the school's survey, in the reader's language.
 */
export function SurveyFiguresTable({ school, year }: { school: string; year: string }) {
  const { t, decimal, language } = useI18n();
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
              {figures.questions.map((question) => (
                <th scope="col" key={question.id}>{question.wording[language]}</th>
              ))}
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
                  {figures.questions.map((question) => (
                    <td key={question.id}>{mean(row[moment].satisfaction[question.id] ?? null)}</td>
                  ))}
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </LoadedView>
  );
}
