import { conflict, invalid, ruleBroken } from '../errors';
import { refusal } from '../refusals';
import { AnswerSurvey } from './student.commands';
import { requireRecorder, requireSameStudent } from './student.actor';
import { StudentEvent } from './student.events';
import { StudentState } from './student.state';
import { SURVEY_MOMENTS, surveyKey } from './survey';
import { checkedSurveyAnswers } from './survey-answers';

/**
 * The student answers the survey on one of their mobilities, once for each moment
 * (SURVEY-ONCE): only they may (STUDENT-ACTOR), each moment once it has come (SURVEY-MOMENT:
 * departure or return recorded), answering the questions their school's survey in force asks
 * then (SURVEY-QUESTION, SURVEY-REQUIRED), each rating from 1 to 5 (SURVEY-RATING). Partner
 * and year come from the agreement, the questions from the school, as the handler read them;
 * the event names the questions' version, so that the cohort's figures need no other stream. A student whose personal data was erased answers
 * no more (SURVEY-ONCE): the answers are sealed personal data, and sealing them would mint a new
 * key and keep readable what the erasure took away.
 */
export const answerSurvey = ({ data, metadata }: AnswerSurvey, state: StudentState): StudentEvent[] => {
  requireSameStudent(state, data.studentId);
  const recorded = requireRecorder(metadata.actor, data.studentId, [], ['student'], 'answer the survey');
  if (state.erased) {
    throw ruleBroken('SURVEY-ONCE', refusal('surveyAfterErasure', data.studentId));
  }
  if (!SURVEY_MOMENTS.includes(data.moment)) throw invalid(refusal('surveyMomentUnknown', SURVEY_MOMENTS), 'SURVEY-MOMENT', [{ field: 'moment', said: refusal('surveyMomentUnknown', SURVEY_MOMENTS) }]);
  const { agreement, questions } = data;
  if (!questions) throw invalid(refusal('surveyQuestionsUnread', data.mobilityId), 'SURVEY-QUESTION');
  const wellFormed = Array.isArray(data.answers) && data.answers.every((answer) => typeof answer?.questionId === 'string');
  if (!wellFormed) throw invalid(refusal('surveyAnswersShape'), 'SURVEY-QUESTION', [{ field: 'answers', said: refusal('surveyAnswersShape') }]);
  const answers = checkedSurveyAnswers(data.answers, questions, data.moment);
  if (!agreement) throw invalid(refusal('surveyAgreementUnread', data.mobilityId), 'STUDENT-STAY');
  if (data.moment === 'after-return' && !agreement.returnedOn) {
    throw ruleBroken('SURVEY-MOMENT', refusal('surveyBeforeMoment', 'after-return'));
  }
  if (data.moment === 'mid-stay' && !agreement.departedOn) {
    throw ruleBroken('SURVEY-MOMENT', refusal('surveyBeforeMoment', 'mid-stay'));
  }
  if (state.surveys[surveyKey(data.mobilityId, data.moment)]) {
    throw conflict(refusal('surveyAnsweredAlready', data.moment, data.mobilityId), 'SURVEY-ONCE');
  }
  return [
    {
      type: 'SurveyAnswered',
      data: {
        studentId: data.studentId,
        mobilityId: data.mobilityId,
        moment: data.moment,
        partner: agreement.partner,
        academicYear: agreement.academicYear,
        questionSetVersion: questions.version,
        answers,
        ...recorded,
        at: metadata.now,
      },
    },
  ];
};
