import { FieldRefusal, invalid } from '../errors';
import { problemsTogether } from '../problems-together';
import { refusal } from '../refusals';
import { FieldGradeDistribution } from './grade-distribution';

const PERCENTAGE = /^\d+(\.\d{1,4})?$/;
const ISCED_F = /^\d{2,4}$/;
/** Percentages with up to 4 decimals, summed as integers in ten-thousandths: no float drift. */
const SCALE = 10_000;

const toScaled = (percentage: string): number => {
  const [whole, fraction = ''] = percentage.split('.');
  return Number(whole) * SCALE + Number(fraction.padEnd(4, '0'));
};

/** What is wrong with the distribution, each problem with its field (`iscedFCode` is the route's). */
const distributionProblems = (distribution: FieldGradeDistribution): FieldRefusal[] => {
  const problems: FieldRefusal[] = [];
  if (!ISCED_F.test(distribution?.iscedFCode ?? '')) problems.push({ field: 'iscedFCode', said: refusal('distributionIscedF') });
  const grades = Array.isArray(distribution?.grades) ? distribution.grades : [];
  if (grades.length === 0) problems.push({ field: 'grades', said: refusal('distributionNoGrade') });
  if (new Set(grades.map(({ grade }) => grade)).size !== grades.length) problems.push({ field: 'grades', said: refusal('distributionGradeTwice') });
  const malformed = grades.filter(({ grade, percentage }) => !grade?.trim() || !PERCENTAGE.test(percentage ?? ''));
  if (malformed.length > 0) problems.push({ field: 'grades', said: refusal('distributionMalformedGrades', JSON.stringify(malformed)) });
  else if (grades.length > 0 && grades.reduce((sum, { percentage }) => sum + toScaled(percentage), 0) !== 100 * SCALE) {
    problems.push({ field: 'grades', said: refusal('distributionNotHundred') });
  }
  return problems;
};

export const assertValidGradeDistribution = (distribution: FieldGradeDistribution): void => {
  const problems = distributionProblems(distribution);
  if (problems.length === 0) return;
  throw invalid(problemsTogether(problems, (words, said) => words.malformedGradeDistribution(said)), 'SCHOOL-SETTINGS', problems);
};
