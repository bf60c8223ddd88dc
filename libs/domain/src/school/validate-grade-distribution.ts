import { invalid } from '../errors';
import { FieldGradeDistribution } from './grade-distribution';

const PERCENTAGE = /^\d+(\.\d{1,4})?$/;
const ISCED_F = /^\d{2,4}$/;
/** Percentages with up to 4 decimals, summed as integers in ten-thousandths: no float drift. */
const SCALE = 10_000;

const toScaled = (percentage: string): number => {
  const [whole, fraction = ''] = percentage.split('.');
  return Number(whole) * SCALE + Number(fraction.padEnd(4, '0'));
};

export const assertValidGradeDistribution = (distribution: FieldGradeDistribution): void => {
  const problems: string[] = [];
  if (!ISCED_F.test(distribution?.iscedFCode ?? '')) problems.push('iscedFCode must be an ISCED-F code (2 to 4 digits)');
  const grades = Array.isArray(distribution?.grades) ? distribution.grades : [];
  if (grades.length === 0) problems.push('grades must list at least one grade, best first');
  if (new Set(grades.map(({ grade }) => grade)).size !== grades.length) problems.push('each grade appears once');
  const malformed = grades.filter(({ grade, percentage }) => !grade?.trim() || !PERCENTAGE.test(percentage ?? ''));
  if (malformed.length > 0) problems.push(`grades need a name and a decimal percentage: ${JSON.stringify(malformed)}`);
  else if (grades.length > 0 && grades.reduce((sum, { percentage }) => sum + toScaled(percentage), 0) !== 100 * SCALE) {
    problems.push('percentages must add up to 100');
  }
  if (problems.length > 0) throw invalid(`malformed grade distribution: ${problems.join('; ')}`, 'SCHOOL-SETTINGS');
};
