import { FormEvent, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import type { SurveyForm } from '../api/types';
import { useApi } from '../api/use-api';
import { useSend } from '../api/use-send';
import { useIdentity } from '../auth/use-identity';
import { FormRefusal } from '../components/form-refusal';
import { LoadedView } from '../components/loaded';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/dictionary';
import { SurveyQuestionField } from './survey-question-field';

/**
 * The participants' survey on one mobility (CTI-MOB-9), as the invitation links to it
 * (`/survey/:mobilityId?moment=after-return`): the questions the student's school asks at that
 * moment, in the reader's language. Answered once (SURVEY-ONCE): once answered, the page says so.
 */
export function SurveyPage() {
  const { t } = useI18n();
  const identity = useIdentity();
  const { mobilityId = '' } = useParams();
  const [search] = useSearchParams();
  const moment = search.get('moment') === 'mid-stay' ? 'mid-stay' : 'after-return';
  const base = `/students/${encodeURIComponent(identity?.sub ?? '')}/surveys`;
  const form = useApi<SurveyForm>(identity ? `${base}/${encodeURIComponent(mobilityId)}?moment=${moment}` : undefined);
  const [values, setValues] = useState<Record<string, number | string>>({});
  const [done, setDone] = useState(false);
  const { error, busy, send } = useSend();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const answers = Object.entries(values)
      .filter(([, value]) => typeof value === 'number' || value.trim() !== '')
      .map(([questionId, value]) => ({ questionId, value }));
    void send('POST', base, { mobilityId, moment, answers }, () => setDone(true));
  };
  return (
    <section aria-labelledby="survey-title">
      <h1 id="survey-title">{t('survey.title')}</h1>
      <p>{t(`survey.intro.${moment}` as MessageKey)}</p>
      {done ? (
        <p role="status" data-testid="survey-thanks">{t('survey.thanks')}</p>
      ) : (
        <LoadedView loaded={form}>
          {({ questions, answered }) =>
            answered ? (
              <p role="status" data-testid="survey-answered">{t('survey.answeredAlready')}</p>
            ) : (
              <form onSubmit={submit} noValidate>
                <FormRefusal error={error} fields={questions.map((question) => `answers.${question.id}`)} />
                {questions.map((question) => (
                  <SurveyQuestionField key={question.id} question={question} value={values[question.id]} error={error} onChange={(value) => setValues((previous) => ({ ...previous, [question.id]: value }))} />
                ))}
                <p className="hint">{t('survey.scale')}</p>
                <button type="submit" disabled={busy}>{t('survey.submit')}</button>
              </form>
            )
          }
        </LoadedView>
      )}
    </section>
  );
}
