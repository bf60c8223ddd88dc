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

/**
 * What a credit lacks to be converted (CTI-REC-3), as facts each language words (credit-refusal-words):
 * a rule for its scheme, or the host's full load a full-load rule divides by.
 */
export type ConversionGap = { lacking: 'rule' | 'host-full-load'; scheme: string };

const fullLoadFor = (loads: HostFullLoads, scheme: string): string | undefined =>
  Object.entries(loads).find(([key]) => schemeKey(key) === schemeKey(scheme))?.[1];

/** The pending conversion's reason as transcripts record it: English, for the audit trail; a refusal words the gap in each language. */
const RECORDED_REASONS: Record<ConversionGap['lacking'], (scheme: string) => string> = {
  rule: (scheme) => `CTI-REC-3: no conversion rule for the scheme ${scheme}`,
  'host-full-load': (scheme) => `CTI-REC-3: the host's full load in ${scheme} is not known`,
};

/** The reason a pending conversion records for this gap. */
export const recordedReason = ({ lacking, scheme }: ConversionGap): string => RECORDED_REASONS[lacking](scheme);

type Converted = Extract<CreditConversion, { status: 'converted' }>;

/** The credit in ECTS, or what it lacks to be: a refusal words the gap in each language. */
export const tryConvertToEcts = (credit: Credit, rules: readonly ConversionRule[], loads: HostFullLoads = {}): Converted | ConversionGap => {
  const rule = conversionRuleFor(rules, credit.scheme);
  if (!rule) return { lacking: 'rule', scheme: credit.scheme };
  if (rule.kind === 'factor') {
    const divisor = rule.divisor ?? '1';
    const factor = rule.divisor ? `${formatDecimal(rule.factor)}/${formatDecimal(rule.divisor)}` : formatDecimal(rule.factor);
    return { status: 'converted', credit, ects: multiplyDivideDecimals(credit.value, rule.factor, divisor, rule.rounding), rule, factor };
  }
  const hostFullLoad = fullLoadFor(loads, credit.scheme);
  if (hostFullLoad === undefined) return { lacking: 'host-full-load', scheme: credit.scheme };
  return {
    status: 'converted',
    credit,
    ects: multiplyDivideDecimals(credit.value, rule.ectsPerFullLoad, hostFullLoad, rule.rounding),
    rule,
    factor: `${formatDecimal(rule.ectsPerFullLoad)}/${formatDecimal(hostFullLoad)}`,
    hostFullLoad: formatDecimal(hostFullLoad),
  };
};

export const convertToEcts = (credit: Credit, rules: readonly ConversionRule[], loads: HostFullLoads = {}): CreditConversion => {
  const result = tryConvertToEcts(credit, rules, loads);
  return 'lacking' in result ? { status: 'pending', credit, reason: recordedReason(result) } : result;
};
