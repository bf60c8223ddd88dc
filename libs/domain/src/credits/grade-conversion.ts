import { addDecimals, compareDecimals, compareProducts, divideDecimals, multiplyDecimals, sumDecimals } from './decimal';

/**
 * An EGRACONS grade distribution table: for one field of study (ISCED-F), the share of the
 * passing grades awarded, grade by grade, best grade first. Percentages are decimal strings.
 */
export type GradeShare = { grade: string; percentage: string };
export type GradeDistribution = readonly GradeShare[];

export type GradeConversion =
  | {
      method: 'egracons-percentile';
      localGrade: string;
      homeGrade: string;
      /** The cumulative percentages the local grade covers at the host, best first. */
      hostBand: { from: string; to: string };
      /** The middle of that band, as a share of the host's total, where the home grade is read. */
      midpoint: string;
    }
  | { method: 'kept-as-is'; localGrade: string; homeGrade: string; reason: string };

const keep = (localGrade: string, reason: string): GradeConversion => ({ method: 'kept-as-is', localGrade, homeGrade: localGrade, reason });

/**
 * EGRACONS conversion by percentile band (EGRACONS project, "Grade conversion table"
 * method, ECTS Users' Guide 2015 section 4.3). The local grade covers a band of cumulative
 * percentages in the host table: for the second grade of [A 10%, B 25%, ...] it is 10..35.
 * Its midpoint (22.5) is read in the home table's cumulative bands, and the home grade whose
 * band holds it is the converted grade; on a boundary the better grade wins. Tables whose
 * totals differ from 100 are compared as shares of their own total, so neither is rescaled
 * by hand. When a table is missing or the grade is not in it, the local grade is kept as is:
 * a conversion without the host's and the school's statistics would be a guess.
 */
export const convertGrade = (localGrade: string, host?: GradeDistribution, home?: GradeDistribution): GradeConversion => {
  if (!host?.length || !home?.length) return keep(localGrade, 'no grade distribution table for the host or the school');
  const index = host.findIndex(({ grade }) => grade === localGrade);
  if (index < 0) return keep(localGrade, `grade ${localGrade} is not in the host's grade distribution table`);
  const hostTotal = sumDecimals(host.map(({ percentage }) => percentage));
  const homeTotal = sumDecimals(home.map(({ percentage }) => percentage));
  if (compareDecimals(hostTotal, '0') <= 0 || compareDecimals(homeTotal, '0') <= 0) {
    return keep(localGrade, 'an empty grade distribution table');
  }
  const from = sumDecimals(host.slice(0, index).map(({ percentage }) => percentage));
  const to = addDecimals(from, host[index].percentage);
  // Twice the midpoint, from + to, keeps the comparison exact: no halving of a 4th decimal.
  const twiceMidpoint = addDecimals(from, to);
  let cumulative = '0';
  const homeShare = home.find(({ percentage }) => {
    cumulative = addDecimals(cumulative, percentage);
    return compareProducts(twiceMidpoint, homeTotal, addDecimals(cumulative, cumulative), hostTotal) <= 0;
  });
  const midpoint = divideDecimals(multiplyDecimals(twiceMidpoint, '50', 'none'), hostTotal, { mode: 'half-up', step: '0.01' });
  return {
    method: 'egracons-percentile',
    localGrade,
    homeGrade: (homeShare ?? home[home.length - 1]).grade,
    hostBand: { from, to },
    midpoint,
  };
};
