import type { ApiError } from '../api/client';
import { fieldMessages } from '../api/refusal-parts';
import type { SurveyQuestion } from '../api/types';
import { FieldMessages, invalidWhen } from '../components/field-messages';
import { useI18n } from '../i18n/i18n';

const RATINGS = [1, 2, 3, 4, 5] as const;

/** One question of the school's survey, worded in the reader's language: five ratings, or a text; its refusal beside it. */
export function SurveyQuestionField({ question, value, error, onChange }: { question: SurveyQuestion; value?: number | string; error?: ApiError; onChange: (value: number | string) => void }) {
  const { t, language } = useI18n();
  const field = `answers.${question.id}`;
  const errorId = `${question.id}-error`;
  const messages = fieldMessages(error, field);
  const wording = question.required ? `${question.wording[language]} ${t('survey.required')}` : question.wording[language];
  if (question.kind === 'text') {
    return (
      <label>
        {wording}
        <textarea value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.target.value)} rows={4} {...invalidWhen(errorId, messages)} />
        <FieldMessages id={errorId} messages={messages} />
      </label>
    );
  }
  return (
    <fieldset {...(messages.length > 0 && { 'aria-describedby': errorId })}>
      <legend>{wording}</legend>
      {RATINGS.map((rating) => (
        <label key={rating} className="rating">
          <input type="radio" name={question.id} value={rating} checked={value === rating} onChange={() => onChange(rating)} />
          {rating} <span className="visually-hidden">{t('survey.outOf5')}</span>
        </label>
      ))}
      <FieldMessages id={errorId} messages={messages} />
    </fieldset>
  );
}
