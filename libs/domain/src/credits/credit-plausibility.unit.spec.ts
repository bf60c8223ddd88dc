import { creditCeiling, implausibleCredit } from './credit-plausibility';
import { DEFAULT_CONVERSION_RULES } from './default-conversion-rules';

describe('implausibleCredit (LA-CREDITS, REC-PLAUSIBLE)', () => {
  it.each([
    ['ects', '6'],
    ['ects', '60'],
    ['us-semester-credit-hours', '30'],
    ['uk-cats', '120'],
    ['jp-credits', '40'],
    ['unknown-scheme', '900'],
  ])('accepts %s %s: above zero and within one academic year (none known for an unknown scheme)', (scheme, value) => {
    expect(implausibleCredit({ scheme, value })).toBeUndefined();
  });

  it.each([
    ['ects', '0', /not above zero/],
    ['ects', '60.5', /at most 60 \(one academic year/],
    ['ECTS', '600', /at most 60/],
    ['us-semester-credit-hours', '31', /at most 30/],
    ['uk-cats', '121', /at most 120/],
    ['us-quarter-hours', '46', /at most 45/],
  ])('refuses %s %s', (scheme, value, problem) => {
    expect(implausibleCredit({ scheme, value })?.en).toMatch(problem);
  });

  it('zero is plausible only where allowed: a failed or not-taken line earned nothing', () => {
    expect(implausibleCredit({ scheme: 'ects', value: '0' }, { allowZero: true })).toBeUndefined();
    expect(implausibleCredit({ scheme: 'ects', value: '-1' }, { allowZero: true })?.en).toMatch(/not above zero/);
  });

  it("the school's rule sets the year of its scheme: 60 ECTS read back through the factor", () => {
    const korean = { scheme: 'kr-credits', kind: 'factor' as const, factor: '1.5', rounding: 'none' as const, source: 'school board 2026' };
    expect(creditCeiling('kr-credits', [korean])).toEqual({ max: '40', basis: { kind: 'school-rule', source: 'school board 2026' } });
    expect(implausibleCredit({ scheme: 'kr-credits', value: '41' }, { rules: [korean] })?.en).toMatch(/at most 40/);
  });

  it("Australian points: the host's full load gives the year when known, else the largest known year", () => {
    expect(creditCeiling('au-credit-points', DEFAULT_CONVERSION_RULES, { 'au-credit-points': '24' })?.max).toBe('48');
    expect(creditCeiling('au-credit-points', DEFAULT_CONVERSION_RULES)?.max).toBe('100');
  });
});
