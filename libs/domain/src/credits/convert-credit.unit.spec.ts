import { ConversionRule } from './conversion-rule';
import { convertToEcts } from './convert-credit';
import { DEFAULT_CONVERSION_RULES } from './default-conversion-rules';

const rules = DEFAULT_CONVERSION_RULES;
const ruleOf = (scheme: string) => rules.find((rule) => rule.scheme === scheme);

describe('convertToEcts with the default rules', () => {
  it.each([
    ['ects', '7.5', '7.5', '1'],
    ['us-semester-credit-hours', '3', '6', '2'],
    ['us-quarter-hours', '4', '5.33', '4/3'],
    ['us-quarter-hours', '3', '4', '4/3'],
    ['uk-cats', '15', '7.5', '0.5'],
    ['jp-credits', '2', '3', '1.5'],
  ])('CTI-REC-3: %s %s converts to %s ECTS by the factor %s, recorded with the rule', (scheme, value, ects, factor) => {
    expect(convertToEcts({ scheme, value }, rules)).toEqual({
      status: 'converted',
      credit: { scheme, value },
      ects,
      factor,
      rule: ruleOf(scheme),
    });
  });

  it("CTI-REC-3: Australian credit points convert by the host's full load (12.5 of 50 a semester = 7.5 ECTS)", () => {
    expect(convertToEcts({ scheme: 'au-credit-points', value: '12.5' }, rules, { 'au-credit-points': '50' })).toEqual({
      status: 'converted',
      credit: { scheme: 'au-credit-points', value: '12.5' },
      ects: '7.5',
      factor: '30/50',
      hostFullLoad: '50',
      rule: ruleOf('au-credit-points'),
    });
    expect(convertToEcts({ scheme: 'au-credit-points', value: '6' }, rules, { 'AU-Credit-Points': '24' })).toMatchObject({ ects: '7.5' });
  });

  it("CTI-REC-3: Australian points without the host's full load stay pending, never guessed", () => {
    expect(convertToEcts({ scheme: 'au-credit-points', value: '6' }, rules)).toEqual({
      status: 'pending',
      credit: { scheme: 'au-credit-points', value: '6' },
      reason: "CTI-REC-3: the host's full load in au-credit-points is not known",
    });
  });

  it('CTI-REC-3: a scheme without a rule stays pending', () => {
    expect(convertToEcts({ scheme: 'kr-credits', value: '3' }, rules)).toEqual({
      status: 'pending',
      credit: { scheme: 'kr-credits', value: '3' },
      reason: 'CTI-REC-3: no conversion rule for the scheme kr-credits',
    });
  });

  it("CTI-REC-3: the school's own rule replaces the default, scheme names compare case-blind", () => {
    const own: ConversionRule = { scheme: 'KR-Credits', kind: 'factor', factor: '2', rounding: 'none', source: 'school board 2025-06' };
    expect(convertToEcts({ scheme: 'kr-credits', value: '3' }, [own])).toMatchObject({ status: 'converted', ects: '6', rule: own });
  });

  it('CTI-REC-3: a rule without rounding refuses an inexact conversion rather than round silently', () => {
    const inexact: ConversionRule = { scheme: 'x', kind: 'factor', factor: '1', divisor: '3', rounding: 'none', source: 'test' };
    expect(() => convertToEcts({ scheme: 'x', value: '1' }, [inexact])).toThrow(/not exact/);
  });
});
