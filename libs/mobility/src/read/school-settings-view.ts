import type { ConversionRule, FieldGradeDistribution, StudyRegulations, SurveyQuestionSet } from '@app/domain';
import { SchoolSettings } from './load-school-settings';

/** What GET /api/schools/:schoolId/regulations answers. */
export interface SchoolSettingsView {
  schoolId: string;
  /** Stream revision this view was read at. */
  revision: string;
  /** False until the school configures its own: the regulations shown are then the defaults. */
  configured: boolean;
  regulations: StudyRegulations;
  /** The rules in effect: the school's own, and the defaults for the schemes it did not set (CTI-REC-3). */
  conversionRules: Array<ConversionRule & { origin: 'school' | 'default' }>;
  gradeDistributions: FieldGradeDistribution[];
  /** CTI-MOB-9: the participants' survey in force; version 0 is the ledger's own, until the school words its own. */
  surveyQuestions: SurveyQuestionSet;
}

export function toSchoolSettingsView(schoolId: string, { state, conversionRules, revision }: SchoolSettings): SchoolSettingsView {
  const own = new Set(Object.values(state.conversionRules));
  return {
    schoolId,
    revision: String(revision),
    configured: state.configured,
    regulations: state.regulations,
    conversionRules: conversionRules.map((rule) => ({ ...rule, origin: own.has(rule) ? 'school' : 'default' })),
    gradeDistributions: Object.values(state.gradeDistributions),
    surveyQuestions: state.surveyQuestions,
  };
}
