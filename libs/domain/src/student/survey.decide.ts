import { conflict, invalid, ruleBroken } from '../errors';
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
    throw ruleBroken('SURVEY-ONCE', `the personal data of student ${data.studentId} was erased: they answer the survey no more`);
  }
  if (!SURVEY_MOMENTS.includes(data.moment)) throw invalid(`moment must be one of ${SURVEY_MOMENTS.join(', ')}`, 'SURVEY-MOMENT');
  const { agreement, questions } = data;
  if (!questions) throw invalid(`the survey of mobility ${data.mobilityId} was answered without its school's questions read`, 'SURVEY-QUESTION');
  const wellFormed = Array.isArray(data.answers) && data.answers.every((answer) => typeof answer?.questionId === 'string');
  if (!wellFormed) throw invalid('answers are a list of answers, each naming its question by questionId', 'SURVEY-QUESTION');
  const answers = checkedSurveyAnswers(data.answers, questions, data.moment);
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
