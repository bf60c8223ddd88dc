import { canonicalJson } from '../agreement/canonical-json';
import { SURVEY_MOMENTS } from '../student/survey';
import { SetSurveyQuestions } from './school.commands';
import { requireSchoolStaff } from './school.actor';
import { SchoolEvent } from './school.events';
import { SchoolState } from './school.state';
import { SurveyQuestion } from './survey-questions';
import { assertValidSurveyQuestions } from './validate-survey-questions';

/** Only the fields of a question, its wording trimmed and its moments in their order: equal questions compare equal. */
const normalised = ({ id, kind, wording, required, moments }: SurveyQuestion): SurveyQuestion => ({
  id,
  kind,
  wording: { fr: wording.fr.trim(), en: wording.en.trim() },
  required,
  moments: SURVEY_MOMENTS.filter((moment) => moments.includes(moment)),
});

/**
 * The school words its own survey (CTI-MOB-9): each new list is a new version, which the
 * answers name, so that the figures read every answer with the questions it answered. Setting
 * the same questions again changes nothing.
 */
export const setSurveyQuestions = ({ data, metadata }: SetSurveyQuestions, state: SchoolState): SchoolEvent[] => {
  const by = requireSchoolStaff(metadata.actor, data.schoolId, state, 'set the survey questions');
  // A Map, not an object: a question may be called `constructor`, which an object already answers to.
  const kindsAsked = new Map(Object.values(state.askedQuestions).map((question) => [question.id, question.kind]));
  assertValidSurveyQuestions(data.questions, kindsAsked);
  const questions = data.questions.map(normalised);
  const previous = state.surveyQuestions;
  if (canonicalJson(questions) === canonicalJson(previous.questions)) return [];
  return [
    {
      type: 'SurveyQuestionsSet',
      data: { schoolId: data.schoolId, version: previous.version + 1, questions, previous: previous.questions, by, at: metadata.now },
    },
  ];
};
