import { CommandMetadata } from '../agreement/agreement.commands';
import { ConversionRule } from '../credits/conversion-rule';
import { Command } from '../message';
import { FieldGradeDistribution } from './grade-distribution';
import { StudyRegulations } from './study-regulations';
import { SurveyQuestion } from './survey-questions';

type CommandOf<Type extends string, Data extends object> = Command<Type, Data & { schoolId: string }, CommandMetadata>;

/** Replaces the mobility settings wholesale (CTI-MOB-1, CTI-MOB-5, CTI-MOB-8). */
export type ConfigureStudyRegulations = CommandOf<'ConfigureStudyRegulations', { regulations: StudyRegulations }>;
/** Sets the rule for `rule.scheme`, replacing any earlier one (CTI-REC-3). */
export type SetConversionRule = CommandOf<'SetConversionRule', { rule: ConversionRule }>;
export type RemoveConversionRule = CommandOf<'RemoveConversionRule', { scheme: string }>;
export type SetGradeDistribution = CommandOf<'SetGradeDistribution', { distribution: FieldGradeDistribution }>;
export type RemoveGradeDistribution = CommandOf<'RemoveGradeDistribution', { iscedFCode: string }>;

/** Replaces the participants' survey questions wholesale: a new version of them (CTI-MOB-9). */
export type SetSurveyQuestions = CommandOf<'SetSurveyQuestions', { questions: SurveyQuestion[] }>;

export type SchoolCommand =
  | ConfigureStudyRegulations
  | SetConversionRule
  | RemoveConversionRule
  | SetGradeDistribution
  | RemoveGradeDistribution
  | SetSurveyQuestions;
