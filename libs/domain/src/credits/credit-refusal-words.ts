/** Why one component cannot count a credit value (LA-CREDITS, REC-PLAUSIBLE): the ceiling's basis, as data each language words. */
export type CeilingBasis =
  | { kind: 'school-rule'; source: string }
  | { kind: 'host-full-load'; load: string }
  | { kind: 'academic-year' };

/** The sentences of implausible credits, one table per language (credit-refusal-words.en.ts, .fr.ts). */
export interface CreditRefusalWords {
  creditNotAboveZero: (value: string, scheme: string) => string;
  creditAboveYear: (value: string, scheme: string, max: string, basis: CeilingBasis) => string;
}
