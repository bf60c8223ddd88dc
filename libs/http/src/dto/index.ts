export { CreditDto, DECIMAL } from './credit.dto';
export { RoundingStepDto, SchoolConversionRuleDto, toConversionRule } from './conversion-rule.dto';
