import { ConversionRule } from '../credits/conversion-rule';
import { FieldGradeDistribution } from './grade-distribution';
import { DEFAULT_STUDY_REGULATIONS, StudyRegulations } from './study-regulations';
import { DEFAULT_SURVEY_QUESTION_SET, DEFAULT_SURVEY_QUESTIONS, SurveyQuestion, SurveyQuestionSet, questionsById } from './survey-questions';

/**
 * A school that never configured anything still has settings: the defaults, so that a
 * student's status can be evaluated from day one. `configured` tells the two apart.
 */
export type SchoolState = {
  schoolId?: string;
  configured: boolean;
  regulations: StudyRegulations;
  /** By credit scheme, e.g. "us-semester-credit-hours". */
  conversionRules: Record<string, ConversionRule>;
  /** By ISCED-F code. */
  gradeDistributions: Record<string, FieldGradeDistribution>;
  /** CTI-MOB-9: the survey's questions in force; the ledger's own (version 0) until the school words its own. */
  surveyQuestions: SurveyQuestionSet;
  /** Every question the school ever asked, by id, as last worded: old answers are labelled and kept to their kind by it. */
  askedQuestions: Record<string, SurveyQuestion>;
};

export const initialSchoolState = (): SchoolState => ({
  configured: false,
  regulations: DEFAULT_STUDY_REGULATIONS,
  conversionRules: {},
  gradeDistributions: {},
  surveyQuestions: DEFAULT_SURVEY_QUESTION_SET,
  askedQuestions: questionsById(DEFAULT_SURVEY_QUESTIONS),
});
