import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import { SchoolSettingsPage } from './school-settings-page';
import { SurveyQuestionsForm } from './survey-questions-form';

/** The participants' survey as the school words it (CTI-MOB-9), in French and English, edited by its coordinators (and admins). */
export function SurveyQuestionsPage() {
  const { t } = useI18n();
  return (
    <SchoolSettingsPage
      titleId="survey-edit-title"
      title={(school) => (school ? t('survey.edit.titleOf', { school }) : t('survey.edit.title'))}
      link={<Link to="/school/regulations">{t('survey.edit.back')}</Link>}
    >
      {({ surveyQuestions }, school, saved) => (
        <>
          <p className="hint" data-testid="survey-version">
            {surveyQuestions.version === 0 ? t('survey.edit.defaults') : t('survey.edit.version', { version: surveyQuestions.version })}
          </p>
          <SurveyQuestionsForm key={`${school}-${surveyQuestions.version}`} school={school} questions={surveyQuestions.questions} onDone={saved} />
        </>
      )}
    </SchoolSettingsPage>
  );
}
