import { invalid } from '../errors';
import { firstRuleBroken } from '../problems-together';
import { Said, refusal } from '../refusals';
import { SURVEY_MOMENTS, SurveyMoment } from '../student/survey';
import { SURVEY_LIMITS, SURVEY_QUESTION_KINDS, SurveyQuestion, SurveyQuestionKind } from './survey-questions';

type Problem = { ruleId: 'SURVEY-QUESTION-SET' | 'SURVEY-QUESTION-ID' | 'SURVEY-QUESTION-WORDING'; field: string; said: Said };

const ID = new RegExp(`^[a-z][a-z0-9-]{0,${SURVEY_LIMITS.idLength - 1}}$`);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function problemsOf(question: unknown, index: number, kindsAsked: ReadonlyMap<string, SurveyQuestionKind>, earlierIds: Set<string>): Problem[] {
  const at = `questions.${index}`;
  const q = isRecord(question) ? question : {};
  const problems: Problem[] = [];
  const id = q.id;
  if (typeof id !== 'string' || !ID.test(id)) problems.push({ ruleId: 'SURVEY-QUESTION-ID', field: `${at}.id`, said: refusal('surveyQuestionId', `${at}.id`, SURVEY_LIMITS.idLength) });
  else if (earlierIds.has(id)) problems.push({ ruleId: 'SURVEY-QUESTION-ID', field: `${at}.id`, said: refusal('surveyQuestionIdTwice', `${at}.id`, id) });
  const kind = q.kind as SurveyQuestionKind;
  if (!SURVEY_QUESTION_KINDS.includes(kind)) problems.push({ ruleId: 'SURVEY-QUESTION-SET', field: `${at}.kind`, said: refusal('surveyQuestionKind', `${at}.kind`) });
  // Figures read every answer under an id with one kind: a rating turned into free text would mix numbers and sentences.
  else if (typeof id === 'string' && kindsAsked.has(id) && kindsAsked.get(id) !== kind) {
    problems.push({ ruleId: 'SURVEY-QUESTION-ID', field: `${at}.kind`, said: refusal('surveyQuestionKindKept', `${at}.kind`, id, kindsAsked.get(id) as SurveyQuestionKind) });
  }
  const moments = q.moments;
  if (!Array.isArray(moments) || moments.length === 0 || !moments.every((moment) => SURVEY_MOMENTS.includes(moment as SurveyMoment))) {
    problems.push({ ruleId: 'SURVEY-QUESTION-SET', field: `${at}.moments`, said: refusal('surveyQuestionMoments', `${at}.moments`) });
  }
  if (typeof q.required !== 'boolean') problems.push({ ruleId: 'SURVEY-QUESTION-SET', field: `${at}.required`, said: refusal('surveyQuestionRequired', `${at}.required`) });
  const wording = isRecord(q.wording) ? q.wording : {};
  for (const language of ['fr', 'en'] as const) {
    const text = wording[language];
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push({ ruleId: 'SURVEY-QUESTION-WORDING', field: `${at}.wording.${language}`, said: refusal('surveyWordingMissing', `${at}.wording.${language}`, language) });
    } else if (text.trim().length > SURVEY_LIMITS.wordingLength) {
      problems.push({ ruleId: 'SURVEY-QUESTION-WORDING', field: `${at}.wording.${language}`, said: refusal('surveyWordingTooLong', `${at}.wording.${language}`, SURVEY_LIMITS.wordingLength) });
    }
  }
  return problems;
}

/**
 * Refuses a survey the school cannot ask or the figures cannot read, naming each question's
 * field at fault (`questions.2.wording.fr`) so that a form shows it beside the field. The
 * problems of the first rule broken are said together, under that rule.
 * `kindsAsked`: every id the school asked before, with its kind (SURVEY-QUESTION-ID).
 */
export function assertValidSurveyQuestions(questions: unknown, kindsAsked: ReadonlyMap<string, SurveyQuestionKind>): asserts questions is SurveyQuestion[] {
  if (!Array.isArray(questions) || questions.length === 0 || questions.length > SURVEY_LIMITS.questions) {
    throw invalid(refusal('surveyQuestionCount', SURVEY_LIMITS.questions), 'SURVEY-QUESTION-SET');
  }
  const problems = questions.flatMap((question, index) =>
    problemsOf(question, index, kindsAsked, new Set(questions.slice(0, index).map((earlier) => (isRecord(earlier) ? earlier.id : undefined) as string))),
  );
  if (problems.length > 0) throw firstRuleBroken(problems);
  const ratedAfterReturn = (questions as SurveyQuestion[]).some((question) => question.kind === 'rating' && question.moments.includes('after-return'));
  if (!ratedAfterReturn) throw invalid(refusal('surveyNoRating'), 'SURVEY-QUESTION-SET');
}
