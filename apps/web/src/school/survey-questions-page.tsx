import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { SchoolSettings } from '../api/types';
import { useApi } from '../api/use-api';
import { LoadedView } from '../components/loaded';
import { useI18n } from '../i18n/i18n';
import { useInstitutionNames } from '../institutions/institution-names';
import { SchoolPicker, useSchool } from './school-picker';
import { SurveyQuestionsForm } from './survey-questions-form';

/** The participants' survey as the school words it (CTI-MOB-9), in French and English, edited by its coordinators (and admins). */
export function SurveyQuestionsPage() {
  const { t } = useI18n();
  const { nameOf } = useInstitutionNames();
  const [picked, setPicked] = useState('');
  const { school, admin } = useSchool(picked);
  const settings = useApi<SchoolSettings>(school ? `/schools/${encodeURIComponent(school)}/regulations` : undefined);
  const [notice, setNotice] = useState<string>();
  const saved = async (message: string) => {
    setNotice(undefined);
    await settings.reload();
    setNotice(message);
  };
  return (
    <section aria-labelledby="survey-edit-title">
      <h1 id="survey-edit-title">{school ? t('survey.edit.titleOf', { school: nameOf(school) }) : t('survey.edit.title')}</h1>
      <p><Link to="/school/regulations">{t('survey.edit.back')}</Link></p>
      {admin && <SchoolPicker value={picked} onChange={setPicked} />}
      <p className={notice ? 'success' : 'visually-hidden'} role="status" aria-live="polite" data-testid="notice">{notice}</p>
      {school && (
        <LoadedView loaded={settings}>
          {({ surveyQuestions }) => (
            <>
              <p className="hint" data-testid="survey-version">
                {surveyQuestions.version === 0 ? t('survey.edit.defaults') : t('survey.edit.version', { version: surveyQuestions.version })}
              </p>
              <SurveyQuestionsForm key={`${school}-${surveyQuestions.version}`} school={school} questions={surveyQuestions.questions} onDone={saved} />
            </>
          )}
        </LoadedView>
      )}
    </section>
  );
}
