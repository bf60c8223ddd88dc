/**
 * EGRACONS grade conversion needs the home grade distribution of each field of study: the
 * share of passing students who got each grade, best grade first. Percentages are decimal
 * strings ("12.5") so that they add up exactly.
 */
import { GradeShare } from '../credits/grade-conversion';

/** A school's EGRACONS table for one field of study. */
export type FieldGradeDistribution = {
  /** ISCED-F 2013 field code, e.g. "0714". */
  iscedFCode: string;
  /** Best grade first; percentages sum to 100. */
  grades: GradeShare[];
  /** Academic years the distribution is drawn from, e.g. ["2022/2023", "2023/2024"]. */
  referenceYears?: string[];
};
