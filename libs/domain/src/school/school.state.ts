import { ConversionRule } from '../credits/conversion-rule';
import { FieldGradeDistribution } from './grade-distribution';
import { DEFAULT_STUDY_REGULATIONS, StudyRegulations } from './study-regulations';

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
};

export const initialSchoolState = (): SchoolState => ({
  configured: false,
  regulations: DEFAULT_STUDY_REGULATIONS,
  conversionRules: {},
  gradeDistributions: {},
});
