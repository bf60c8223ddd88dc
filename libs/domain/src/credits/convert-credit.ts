import { Credit } from '../agreement/agreement.content';
import { ConversionRule, conversionRuleFor, schemeKey } from './conversion-rule';
import { formatDecimal, multiplyDivideDecimals } from './decimal';

/**
 * CTI-REC-3: a converted credit keeps the rule and the factor used, so an auditor can redo
 * the sum; a credit without a rule stays 'pending' with the reason, never guessed.
 */
export type CreditConversion =
  | {
      status: 'converted';
      credit: Credit;
      ects: string;
      rule: ConversionRule;
      /** The multiplier applied: a decimal ("2") or an exact fraction ("4/3", "30/24"). */
      factor: string;
      /** Full-load rules only: the host's full load the value was divided by. */
      hostFullLoad?: string;
    }
  | { status: 'pending'; credit: Credit; reason: string };

/** Full loads of the host per scheme ("au-credit-points" -> "24"), for full-load rules. */
export type HostFullLoads = Readonly<Record<string, string>>;

const fullLoadFor = (loads: HostFullLoads, scheme: string): string | undefined =>
  Object.entries(loads).find(([key]) => schemeKey(key) === schemeKey(scheme))?.[1];

export const convertToEcts = (credit: Credit, rules: readonly ConversionRule[], loads: HostFullLoads = {}): CreditConversion => {
  const rule = conversionRuleFor(rules, credit.scheme);
  if (!rule) return { status: 'pending', credit, reason: `CTI-REC-3: no conversion rule for the scheme ${credit.scheme}` };
  if (rule.kind === 'factor') {
    const divisor = rule.divisor ?? '1';
    const factor = rule.divisor ? `${formatDecimal(rule.factor)}/${formatDecimal(rule.divisor)}` : formatDecimal(rule.factor);
    return { status: 'converted', credit, ects: multiplyDivideDecimals(credit.value, rule.factor, divisor, rule.rounding), rule, factor };
  }
  const hostFullLoad = fullLoadFor(loads, credit.scheme);
  if (hostFullLoad === undefined) {
    return { status: 'pending', credit, reason: `CTI-REC-3: the host's full load in ${credit.scheme} is not known` };
  }
  return {
    status: 'converted',
    credit,
    ects: multiplyDivideDecimals(credit.value, rule.ectsPerFullLoad, hostFullLoad, rule.rounding),
    rule,
    factor: `${formatDecimal(rule.ectsPerFullLoad)}/${formatDecimal(hostFullLoad)}`,
    hostFullLoad: formatDecimal(hostFullLoad),
  };
};
