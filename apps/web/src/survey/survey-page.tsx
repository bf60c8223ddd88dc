import { FormEvent, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useSend } from '../api/use-send';
import { useIdentity } from '../auth/use-identity';
import { FieldError } from '../components/field-error';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/dictionary';

const RATINGS = [1, 2, 3, 4, 5] as const;
type Question = 'preparation' | 'stay' | 'recognition';

/**
 * The participants' survey on one mobility (CTI-MOB-9), as the invitation links to it
 * (`/survey/:mobilityId?moment=after-return`): three ratings from 1 to 5 (the recognition
 * after the return only) and free comments. Answered once (SURVEY-ONCE): a second answer is refused.
 */
export function SurveyPage() {
  const { t } = useI18n();
  const identity = useIdentity();
  const { mobilityId = '' } = useParams();
  const [search] = useSearchParams();
  const moment = search.get('moment') === 'mid-stay' ? 'mid-stay' : 'after-return';
  const questions: Question[] = moment === 'mid-stay' ? ['preparation', 'stay'] : ['preparation', 'stay', 'recognition'];
  const [ratings, setRatings] = useState<Partial<Record<Question, number>>>({});
  const [comments, setComments] = useState('');
  const [done, setDone] = useState(false);
  const { error, busy, send } = useSend();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { mobilityId, moment, ...ratings, ...(comments.trim() !== '' && { comments }) };
    void send('POST', `/students/${encodeURIComponent(identity?.sub ?? '')}/surveys`, body, () => setDone(true));
  };
  return (
    <section aria-labelledby="survey-title">
      <h1 id="survey-title">{t('survey.title')}</h1>
      <p>{t(`survey.intro.${moment}` as MessageKey)}</p>
      {done ? (
        <p role="status" data-testid="survey-thanks">{t('survey.thanks')}</p>
      ) : (
        <form onSubmit={submit}>
          <FormRefusal error={error} fields={questions} />
          {questions.map((question) => (
            <fieldset key={question} aria-describedby={`${question}-error`}>
              <legend>{t(`survey.question.${question}` as MessageKey)}</legend>
              {RATINGS.map((rating) => (
                <label key={rating} className="rating">
                  <input
                    type="radio"
                    name={question}
                    value={rating}
                    checked={ratings[question] === rating}
                    onChange={() => setRatings((previous) => ({ ...previous, [question]: rating }))}
                  />
                  {rating} <span className="visually-hidden">{t('survey.outOf5')}</span>
                </label>
              ))}
              <FieldError id={`${question}-error`} error={error} field={question} />
            </fieldset>
          ))}
          <label>
            {t('survey.comments')}
            <textarea value={comments} onChange={(event) => setComments(event.target.value)} rows={4} />
          </label>
          <p className="hint">{t('survey.scale')}</p>
          <button type="submit" disabled={busy}>{t('survey.submit')}</button>
        </form>
      )}
    </section>
  );
}
