import type { ApiError } from '../api/client';
import { fieldMessages } from '../api/refusal-parts';
import type { SurveyQuestion } from '../api/types';
import { FieldMessages, invalidWhen } from '../components/field-messages';
import { useI18n } from '../i18n/i18n';

/** The fields of a question that have their messages beside them; a refusal of any other is said above the form. */
export const QUESTION_FIELDS = ['id', 'kind', 'wording.fr', 'wording.en', 'moments'] as const;
const MOMENTS = ['mid-stay', 'after-return'] as const;

/** One question of the school's survey: its id, kind, wording in French and English, whether required, and when it is asked. */
export function SurveyQuestionRow({ index, question, error, onChange, onRemove }: { index: number; question: SurveyQuestion; error?: ApiError; onChange: (question: SurveyQuestion) => void; onRemove: () => void }) {
  const { t } = useI18n();
  // By its path as the refusal names it: `questions.<n>.wording.fr`.
  const messages = (name: (typeof QUESTION_FIELDS)[number]) => fieldMessages(error, `questions.${index}.${name}`);
  const errorId = (name: (typeof QUESTION_FIELDS)[number]) => `question-${index}-${name.replace('.', '-')}-error`;
  const text = (name: 'id' | 'wording.fr' | 'wording.en', label: string, value: string, change: (value: string) => void) => (
    <label>
      {label}
      <input value={value} onChange={(event) => change(event.target.value)} {...invalidWhen(errorId(name), messages(name))} />
      <FieldMessages id={errorId(name)} messages={messages(name)} />
    </label>
  );
  const toggle = (moment: (typeof MOMENTS)[number], on: boolean) =>
    onChange({ ...question, moments: on ? [...question.moments, moment] : question.moments.filter((m) => m !== moment) });
  return (
    <fieldset className="panel" data-testid={`survey-question-${index}`}>
      <legend>{t('survey.edit.question', { n: index + 1 })}</legend>
      {text('id', t('survey.edit.id'), question.id, (id) => onChange({ ...question, id }))}
      <label>
        {t('survey.edit.kind')}
        <select value={question.kind} onChange={(event) => onChange({ ...question, kind: event.target.value as SurveyQuestion['kind'] })} {...invalidWhen(errorId('kind'), messages('kind'))}>
          <option value="rating">{t('survey.edit.kind.rating')}</option>
          <option value="text">{t('survey.edit.kind.text')}</option>
        </select>
        <FieldMessages id={errorId('kind')} messages={messages('kind')} />
      </label>
      {text('wording.fr', t('survey.edit.wordingFr'), question.wording.fr, (fr) => onChange({ ...question, wording: { ...question.wording, fr } }))}
      {text('wording.en', t('survey.edit.wordingEn'), question.wording.en, (en) => onChange({ ...question, wording: { ...question.wording, en } }))}
      <label className="checkbox">
        <input type="checkbox" checked={question.required} onChange={(event) => onChange({ ...question, required: event.target.checked })} />
        {t('survey.edit.required')}
      </label>
      <fieldset {...(messages('moments').length > 0 && { 'aria-describedby': errorId('moments') })}>
        <legend>{t('survey.edit.moments')}</legend>
        {MOMENTS.map((moment) => (
          <label key={moment} className="checkbox">
            <input type="checkbox" checked={question.moments.includes(moment)} onChange={(event) => toggle(moment, event.target.checked)} />
            {t(`survey.moment.${moment}`)}
          </label>
        ))}
        <FieldMessages id={errorId('moments')} messages={messages('moments')} />
      </fieldset>
      <button type="button" onClick={onRemove}>{t('survey.edit.remove', { n: index + 1 })}</button>
    </fieldset>
  );
}
