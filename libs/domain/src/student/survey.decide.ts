import { conflict, invalid, ruleBroken } from '../errors';
import { AnswerSurvey } from './student.commands';
import { requireRecorder, requireSameStudent } from './student.actor';
import { StudentEvent } from './student.events';
import { StudentState } from './student.state';
import { SURVEY_MOMENTS, SURVEY_QUESTIONS, SurveyAnswers, surveyKey } from './survey';

const isRating = (value: unknown) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;

/**
 * The student answers the survey on one of their mobilities, once for each moment
 * (SURVEY-ONCE): only they may (STUDENT-ACTOR), each rating from 1 to 5 (SURVEY-RATING), the
 * recognition only after the return, each moment once it has come (SURVEY-MOMENT: departure or
 * return recorded). Partner and year come from the agreement, as the handler read it, so that
 * the cohort's figures need no other stream. A student whose personal data was erased answers
 * no more (SURVEY-ONCE): the answers are sealed personal data, and sealing them would mint a new
 * key and keep readable what the erasure took away.
 */
export const answerSurvey = ({ data, metadata }: AnswerSurvey, state: StudentState): StudentEvent[] => {
  requireSameStudent(state, data.studentId);
  const recorded = requireRecorder(metadata.actor, data.studentId, [], ['student'], 'answer the survey');
  if (state.erased) {
    throw ruleBroken('SURVEY-ONCE', `the personal data of student ${data.studentId} was erased: they answer the survey no more`);
  }
  if (!SURVEY_MOMENTS.includes(data.moment)) throw invalid(`moment must be one of ${SURVEY_MOMENTS.join(', ')}`, 'SURVEY-MOMENT');
  const asked = data.moment === 'mid-stay' ? SURVEY_QUESTIONS.filter((question) => question !== 'recognition') : SURVEY_QUESTIONS;
  const missing = asked.filter((question) => !isRating(data.answers[question]));
  if (missing.length > 0) throw invalid(`${missing.join(', ')}: a rating is a whole number from 1 to 5`, 'SURVEY-RATING');
  if (data.moment === 'mid-stay' && data.answers.recognition !== undefined) {
    throw invalid('the recognition is asked after the return, not during the stay', 'SURVEY-RATING');
  }
  const { agreement } = data;
  if (!agreement) throw invalid(`the survey names mobility ${data.mobilityId}, whose agreement was not read`, 'STUDENT-STAY');
  if (data.moment === 'after-return' && !agreement.returnedOn) {
    throw ruleBroken('SURVEY-MOMENT', 'the survey after the return is answered once the return is recorded');
  }
  if (data.moment === 'mid-stay' && !agreement.departedOn) {
    throw ruleBroken('SURVEY-MOMENT', 'the survey during the stay is answered once the departure is recorded');
  }
  if (state.surveys[surveyKey(data.mobilityId, data.moment)]) {
    throw conflict(`the survey ${data.moment} of mobility ${data.mobilityId} was answered already: a student answers once`, 'SURVEY-ONCE');
  }
  const answers: SurveyAnswers = {
    preparation: data.answers.preparation,
    stay: data.answers.stay,
    ...(data.answers.recognition !== undefined && { recognition: data.answers.recognition }),
    ...(data.answers.comments !== undefined && data.answers.comments.trim() !== '' && { comments: data.answers.comments }),
  };
  return [
    {
      type: 'SurveyAnswered',
      data: {
        studentId: data.studentId,
        mobilityId: data.mobilityId,
        moment: data.moment,
        partner: agreement.partner,
        academicYear: agreement.academicYear,
        answers,
        ...recorded,
        at: metadata.now,
      },
    },
  ];
};
