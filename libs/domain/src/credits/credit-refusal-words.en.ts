import { CeilingBasis, CreditRefusalWords } from './credit-refusal-words';

const BASIS: { [Kind in CeilingBasis['kind']]: (basis: Extract<CeilingBasis, { kind: Kind }>) => string } = {
  'school-rule': ({ source }) => `60 ECTS by the school's rule (${source})`,
  'host-full-load': ({ load }) => `60 ECTS at the host's full load of ${load}`,
  'academic-year': () => 'one academic year in that scheme',
};

/** Implausible credits in English. */
export const ENGLISH_CREDIT_REFUSALS: CreditRefusalWords = {
  creditNotAboveZero: (value, scheme) => `${value} ${scheme} is not above zero`,
  creditAboveYear: (value, scheme, max, basis) => `${value} ${scheme} is more than one component can count: at most ${max} (${BASIS[basis.kind](basis as never)})`,
  notADecimal: (value, places) => `"${value}" is not a decimal string with at most ${places} places`,
  divisionByZero: (operation) => `${operation}: division by zero`,
  notExact: (operation, places) => `${operation} is not exact at ${places} places: say how to round it`,
  roundingStepNotPositive: (step) => `rounding step ${step} must be positive`,
  conversionLacksRule: (scheme) => `no conversion rule for the scheme ${scheme}`,
  conversionLacksHostFullLoad: (scheme) => `the host's full load in ${scheme} is not known`,
};
