import { Credit } from '../agreement/agreement.content';
import { ConversionRule, conversionRuleFor, schemeKey } from './conversion-rule';
import { HostFullLoads } from './convert-credit';
import { compareDecimals, formatDecimal, isDecimal, multiplyDivideDecimals } from './decimal';
import { ECTS_SCHEME } from './default-conversion-rules';
import { CeilingBasis } from './credit-refusal-words';
import { refusal, Said } from '../refusals';

/**
 * No single component is worth more than a full-time academic year: 60 ECTS (ECTS Users'
 * Guide 2015, section 3.1). A larger value is a typing slip (60 for 6), not a course.
 */
export const MAX_ECTS_PER_COMPONENT = '60';

/**
 * One academic year in the schemes the school's default rules name, for when no rule of the
 * school says otherwise. Each is 60 ECTS read back through the default rule of its scheme,
 * except Australian points, whose full load differs by university (24, 48 or 50 a semester):
 * there the largest known year, 2 x 50 points, so that no real course is refused.
 */
export const ACADEMIC_YEAR_BY_SCHEME: Readonly<Record<string, string>> = {
  [ECTS_SCHEME]: MAX_ECTS_PER_COMPONENT,
  'us-semester-credit-hours': '30', // 15 a semester (34 CFR 600.2), 2 ECTS each
  'us-quarter-hours': '45', // 15 a quarter, three quarters; 4/3 ECTS each
  'uk-cats': '120', // QAA: 120 credits a year
  'jp-credits': '40', // 1.5 ECTS each
  'au-credit-points': '100', // 50 points a semester at the universities that count most
};

export type CreditCeiling = { max: string; basis: CeilingBasis };

/** 60 ECTS expressed in the scheme by the school's rule: the year the rule itself is anchored on. */
const yearByRule = (rule: ConversionRule, loads: HostFullLoads): CreditCeiling | undefined => {
  const up = { mode: 'up' as const, step: '0.0001' };
  if (rule.kind === 'factor') {
    return { max: multiplyDivideDecimals(MAX_ECTS_PER_COMPONENT, rule.divisor ?? '1', rule.factor, up), basis: { kind: 'school-rule', source: rule.source } };
  }
  const load = Object.entries(loads).find(([scheme]) => schemeKey(scheme) === schemeKey(rule.scheme))?.[1];
  return load === undefined
    ? undefined
    : { max: multiplyDivideDecimals(MAX_ECTS_PER_COMPONENT, load, rule.ectsPerFullLoad, up), basis: { kind: 'host-full-load', load: formatDecimal(load) } };
};

/**
 * The most one component may count in a scheme: one academic year. The school's conversion
 * rule gives the year when it has one (and, for full-load rules, the host's full load is
 * known); else the table above. An unknown scheme has no ceiling: nothing anchors one (some
 * hosts count hours, others points), and its conversion stays pending until the school names
 * a rule (CTI-REC-3), which is when the ceiling is known.
 */
export const creditCeiling = (scheme: string, rules: readonly ConversionRule[] = [], loads: HostFullLoads = {}): CreditCeiling | undefined => {
  const rule = conversionRuleFor(rules, scheme);
  const byRule = rule && yearByRule(rule, loads);
  if (byRule) return byRule;
  const year = ACADEMIC_YEAR_BY_SCHEME[schemeKey(scheme)];
  return year === undefined ? undefined : { max: year, basis: { kind: 'academic-year' } };
};

export type PlausibilityOptions = {
  rules?: readonly ConversionRule[];
  hostFullLoads?: HostFullLoads;
  /** A component failed or not taken earned nothing: its line may say 0. */
  allowZero?: boolean;
};

/**
 * Why a credit value is implausible, in each language, or undefined when it is plausible: above zero (or zero
 * when allowed) and at most one academic year in its scheme. Only well-formed decimals are
 * judged; the shape of the value is checked where the value arrives.
 */
export const implausibleCredit = ({ scheme, value }: Credit, options: PlausibilityOptions = {}): Said | undefined => {
  if (!isDecimal(value)) return undefined;
  const sign = compareDecimals(value, '0');
  if (sign < 0 || (sign === 0 && !options.allowZero)) return refusal('creditNotAboveZero', value, scheme);
  const ceiling = creditCeiling(scheme, options.rules, options.hostFullLoads);
  if (ceiling && compareDecimals(value, ceiling.max) > 0) {
    return refusal('creditAboveYear', value, scheme, ceiling.max, ceiling.basis);
  }
  return undefined;
};
