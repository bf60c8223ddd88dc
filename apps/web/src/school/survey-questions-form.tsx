import { FormEvent, useState } from 'react';
import type { SurveyQuestion } from '../api/types';
import { useSend } from '../api/use-send';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';
import { QUESTION_FIELDS, SurveyQuestionRow } from './survey-question-row';

const blank = (): SurveyQuestion => ({ id: '', kind: 'rating', wording: { fr: '', en: '' }, required: true, moments: ['after-return'] });

/**
 * The school's survey (CTI-MOB-9), edited as a whole: saving makes a new version, which the
 * answers from then on name. A refusal naming a question's field is said beside it, any other above the form.
 */
export function SurveyQuestionsForm({ school, questions: loaded, onDone }: { school: string; questions: SurveyQuestion[]; onDone: (message: string) => Promise<void> }) {
  const { t } = useI18n();
  const { error, busy, send } = useSend();
  const [questions, setQuestions] = useState(loaded);
  const change = (index: number, question: SurveyQuestion) => setQuestions((all) => all.map((q, i) => (i === index ? question : q)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await send('PUT', `/schools/${encodeURIComponent(school)}/survey-questions`, { questions }, () => onDone(t('survey.edit.saved')));
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormRefusal error={error} fields={questions.flatMap((_, index) => QUESTION_FIELDS.map((name) => `questions.${index}.${name}`))} />
      {questions.map((question, index) => (
        <SurveyQuestionRow key={index} index={index} question={question} error={error} onChange={(q) => change(index, q)} onRemove={() => setQuestions((all) => all.filter((_, i) => i !== index))} />
      ))}
      <div>
        <button type="button" onClick={() => setQuestions((all) => [...all, blank()])}>{t('survey.edit.add')}</button>
        <button type="submit" className="primary" disabled={busy}>{t('survey.edit.save')}</button>
      </div>
    </form>
  );
}
