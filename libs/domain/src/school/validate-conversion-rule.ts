import { ConversionRule } from '../credits/conversion-rule';
import { invalid } from '../errors';

const POSITIVE_DECIMAL = /^(0\.\d*[1-9]\d*|[1-9]\d*(\.\d+)?)$/;

/**
 * CTI-REC-3 records the rule with every converted result, so a rule the conversion cannot
 * apply must not be stored. ECTS itself needs no conversion.
 */
export const assertValidConversionRule = (rule: ConversionRule): void => {
  const problems: string[] = [];
  if (!rule?.scheme?.trim()) problems.push('scheme is empty');
  else if (rule.scheme.trim().toLowerCase() === 'ects') problems.push('ECTS credits need no conversion');
  if (!rule?.source?.trim()) problems.push('source is empty: say where the rule comes from');
  if (rule?.kind === 'factor' && !POSITIVE_DECIMAL.test(rule.factor ?? '')) problems.push('factor must be a positive decimal string');
  else if (rule?.kind === 'full-load' && !POSITIVE_DECIMAL.test(rule.ectsPerFullLoad ?? '')) {
    problems.push('ectsPerFullLoad must be a positive decimal string');
  } else if (rule?.kind !== 'factor' && rule?.kind !== 'full-load') problems.push('kind must be factor or full-load');
  const rounding = rule?.rounding;
  if (rounding !== 'none' && !(rounding && ['half-up', 'down', 'up'].includes(rounding.mode) && POSITIVE_DECIMAL.test(rounding.step))) {
    problems.push('rounding must be none or a mode (half-up, down, up) with a positive decimal step');
  }
  if (problems.length > 0) throw invalid(`malformed conversion rule: ${problems.join('; ')}`, 'CTI-REC-3');
};
