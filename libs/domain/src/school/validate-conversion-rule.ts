import { ConversionRule } from '../credits/conversion-rule';
import { FieldRefusal, invalid } from '../errors';
import { problemsTogether } from '../problems-together';
import { refusal } from '../refusals';

const POSITIVE_DECIMAL = /^(0\.\d*[1-9]\d*|[1-9]\d*(\.\d+)?)$/;

/** What is wrong with the rule, each problem with its field (its path in the body; `scheme` is the route's). */
const ruleProblems = (rule: ConversionRule): FieldRefusal[] => {
  const problems: FieldRefusal[] = [];
  if (!rule?.scheme?.trim()) problems.push({ field: 'scheme', said: refusal('ruleSchemeEmpty') });
  else if (rule.scheme.trim().toLowerCase() === 'ects') problems.push({ field: 'scheme', said: refusal('ruleEctsNeedsNone') });
  if (!rule?.source?.trim()) problems.push({ field: 'source', said: refusal('ruleSourceEmpty') });
  if (rule?.kind === 'factor' && !POSITIVE_DECIMAL.test(rule.factor ?? '')) problems.push({ field: 'factor', said: refusal('rulePositiveDecimal', 'factor') });
  else if (rule?.kind === 'full-load' && !POSITIVE_DECIMAL.test(rule.ectsPerFullLoad ?? '')) {
    problems.push({ field: 'ectsPerFullLoad', said: refusal('rulePositiveDecimal', 'ectsPerFullLoad') });
  } else if (rule?.kind !== 'factor' && rule?.kind !== 'full-load') problems.push({ field: 'kind', said: refusal('ruleKind') });
  const rounding = rule?.rounding;
  if (rounding !== 'none' && !(rounding && ['half-up', 'down', 'up'].includes(rounding.mode) && POSITIVE_DECIMAL.test(rounding.step))) {
    problems.push({ field: 'rounding', said: refusal('ruleRounding') });
  }
  return problems;
};

/**
 * CTI-REC-3 records the rule with every converted result, so a rule the conversion cannot
 * apply must not be stored. ECTS itself needs no conversion.
 */
export const assertValidConversionRule = (rule: ConversionRule): void => {
  const problems = ruleProblems(rule);
  if (problems.length === 0) return;
  throw invalid(problemsTogether(problems, (words, said) => words.malformedConversionRule(said)), 'CTI-REC-3', problems);
};
