/** Why one component cannot count a credit value (LA-CREDITS, REC-PLAUSIBLE): the ceiling's basis, as data each language words. */
export type CeilingBasis =
  | { kind: 'school-rule'; source: string }
  | { kind: 'host-full-load'; load: string }
  | { kind: 'academic-year' };

/**
 * The sentences of implausible credits and of exact decimals (CREDITS-DECIMAL), one table per
 * language (credit-refusal-words.en.ts, .fr.ts). `operation` is the computation refused as
 * written in numbers, e.g. `7.5 x 4 / 3`, the same in every language.
 */
export interface CreditRefusalWords {
  creditNotAboveZero: (value: string, scheme: string) => string;
  creditAboveYear: (value: string, scheme: string, max: string, basis: CeilingBasis) => string;
  notADecimal: (value: string, places: number) => string;
  divisionByZero: (operation: string) => string;
  notExact: (operation: string, places: number) => string;
  roundingStepNotPositive: (step: string) => string;
  /** CTI-REC-3: what a credit lacks to be converted (convert-credit.ts, ConversionGap). */
  conversionLacksRule: (scheme: string) => string;
  conversionLacksHostFullLoad: (scheme: string) => string;
}
