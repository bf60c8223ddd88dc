import { firstRuleBroken } from '../problems-together';
import { Said, refusal } from '../refusals';
import { SURVEY_LIMITS, SurveyQuestionSet, questionsAskedAt } from '../school/survey-questions';
import { SurveyAnswer, SurveyAnswers, SurveyMoment } from './survey';

type Problem = { ruleId: 'SURVEY-QUESTION' | 'SURVEY-REQUIRED' | 'SURVEY-RATING'; field: string; said: Said };

const isRating = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;
/** An answer left blank is no answer: a text of spaces, or nothing at all. */
const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * The answers checked against the questions the school's survey in force asks at `moment`,
 * once each, each problem naming its field (`answers.<question id>`); the problems of the first rule broken are
 * said together under it. What is recorded: one answer per question answered, in the
 * school's order, blank optional ones left out.
 */
export function checkedSurveyAnswers(answers: SurveyAnswers, questions: SurveyQuestionSet, moment: SurveyMoment): SurveyAnswer[] {
  const asked = questionsAskedAt(questions, moment);
  const askedIds = new Set(asked.map((question) => question.id));
  const given = new Map<string, unknown>();
  const problems: Problem[] = [];
  for (const { questionId, value } of answers) {
    const field = `answers.${questionId}`;
    if (!askedIds.has(questionId)) problems.push({ ruleId: 'SURVEY-QUESTION', field, said: refusal('surveyNotAsked', field, moment) });
    else if (given.has(questionId)) problems.push({ ruleId: 'SURVEY-QUESTION', field, said: refusal('surveyAnsweredTwice', field) });
    given.set(questionId, value);
  }
  for (const { id, kind, required } of asked) {
    const value = given.get(id);
    if (isBlank(value)) {
      if (required) problems.push({ ruleId: 'SURVEY-REQUIRED', field: `answers.${id}`, said: refusal('surveyRequired', `answers.${id}`) });
    } else if (kind === 'rating' && !isRating(value)) problems.push({ ruleId: 'SURVEY-RATING', field: `answers.${id}`, said: refusal('surveyRating', `answers.${id}`) });
    else if (kind === 'text' && (typeof value !== 'string' || value.length > SURVEY_LIMITS.textAnswerLength)) {
      problems.push({ ruleId: 'SURVEY-QUESTION', field: `answers.${id}`, said: refusal('surveyText', `answers.${id}`, SURVEY_LIMITS.textAnswerLength) });
    }
  }
  if (problems.length > 0) throw firstRuleBroken(problems);
  return asked.flatMap(({ id, kind }): SurveyAnswer[] => {
    const value = given.get(id);
    if (isBlank(value)) return [];
    return [kind === 'rating' ? { questionId: id, kind, value: value as number } : { questionId: id, kind, value: value as string }];
  });
}
