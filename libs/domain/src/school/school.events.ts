import { eventTypes } from '../event-types';
import { Signer } from '../agreement/agreement.actor';
import { ConversionRule } from '../credits/conversion-rule';
import { Event } from '../message';
import { FieldGradeDistribution } from './grade-distribution';
import { StudyRegulations } from './study-regulations';
import { SurveyQuestion } from './survey-questions';

/** Who changed the setting and when: the audit asks how the regulations framed each stay. */
type Act = { by: Signer; at: string };
type EventOf<Type extends string, Data> = Event<Type, Data & Act & { schoolId: string }>;

/** `previous` keeps the settings replaced, so the history reads without replaying. */
export type StudyRegulationsConfigured = EventOf<
  'StudyRegulationsConfigured',
  { regulations: StudyRegulations; previous: StudyRegulations }
>;
export type ConversionRuleSet = EventOf<'ConversionRuleSet', { rule: ConversionRule; previous?: ConversionRule }>;
export type ConversionRuleRemoved = EventOf<'ConversionRuleRemoved', { scheme: string; previous: ConversionRule }>;
export type GradeDistributionSet = EventOf<'GradeDistributionSet', { distribution: FieldGradeDistribution }>;
export type GradeDistributionRemoved = EventOf<'GradeDistributionRemoved', { iscedFCode: string }>;

/** CTI-MOB-9: version `version` of the survey's questions, with the ones it replaces. */
export type SurveyQuestionsSet = EventOf<'SurveyQuestionsSet', { version: number; questions: SurveyQuestion[]; previous: SurveyQuestion[] }>;

export type SchoolEvent =
  | StudyRegulationsConfigured
  | ConversionRuleSet
  | ConversionRuleRemoved
  | GradeDistributionSet
  | GradeDistributionRemoved
  | SurveyQuestionsSet;

export const SCHOOL_EVENT_TYPES = eventTypes<SchoolEvent['type']>({
  StudyRegulationsConfigured: true,
  ConversionRuleSet: true,
  ConversionRuleRemoved: true,
  GradeDistributionSet: true,
  GradeDistributionRemoved: true,
  SurveyQuestionsSet: true,
});
