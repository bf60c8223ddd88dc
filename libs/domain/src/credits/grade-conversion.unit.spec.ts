import { GradeDistribution, convertGrade } from './grade-conversion';

// Host (Polish scale, field 0541) and home (French /20 bands) tables, best grade first.
const host: GradeDistribution = [
  { grade: '5', percentage: '10' },
  { grade: '4.5', percentage: '25' },
  { grade: '4', percentage: '30' },
  { grade: '3.5', percentage: '20' },
  { grade: '3', percentage: '15' },
];
const home: GradeDistribution = [
  { grade: '16-20', percentage: '15' },
  { grade: '14-16', percentage: '25' },
  { grade: '12-14', percentage: '30' },
  { grade: '10-12', percentage: '30' },
];

describe('convertGrade (EGRACONS)', () => {
  it('converts by the midpoint of the percentile band the host grade covers', () => {
    // 4.5 covers 10..35 at the host; its midpoint 22.5 lies in the home band 15..40.
    expect(convertGrade('4.5', host, home)).toEqual({
      method: 'egracons-percentile',
      localGrade: '4.5',
      homeGrade: '14-16',
      hostBand: { from: '10', to: '35' },
      midpoint: '22.5',
    });
    expect(convertGrade('5', host, home)).toMatchObject({ homeGrade: '16-20', midpoint: '5' });
    expect(convertGrade('3', host, home)).toMatchObject({ homeGrade: '10-12', hostBand: { from: '85', to: '100' } });
  });

  it('gives the better grade when the midpoint falls on a boundary', () => {
    const even: GradeDistribution = [
      { grade: 'A', percentage: '30' },
      { grade: 'B', percentage: '70' },
    ];
    // A covers 0..30, midpoint 15: the boundary of the first home band (0..15).
    expect(convertGrade('A', even, home)).toMatchObject({ homeGrade: '16-20' });
  });

  it('compares tables as shares of their own totals', () => {
    const counts: GradeDistribution = host.map(({ grade, percentage }) => ({ grade, percentage: String(Number(percentage) * 3) }));
    expect(convertGrade('4.5', counts, home)).toMatchObject({ homeGrade: '14-16', midpoint: '22.5' });
  });

  it('keeps the local grade when a table is missing or the grade is not in it', () => {
    expect(convertGrade('4.5', undefined, home)).toEqual({
      method: 'kept-as-is',
      localGrade: '4.5',
      homeGrade: '4.5',
      reason: 'no grade distribution table for the host or the school',
    });
    expect(convertGrade('4.5', host, [])).toMatchObject({ method: 'kept-as-is', homeGrade: '4.5' });
    expect(convertGrade('2', host, home)).toMatchObject({ method: 'kept-as-is', reason: "grade 2 is not in the host's grade distribution table" });
  });
});
