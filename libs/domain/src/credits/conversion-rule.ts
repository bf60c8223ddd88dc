import { Rounding } from './decimal';

export type { Rounding } from './decimal';

/**
 * How the school converts credits of a non-ECTS scheme to ECTS (CTI-REC-3). Decimals are
 * strings ("1.5"), never floats. The rule used is recorded with every converted result.
 */
export type ConversionRule =
  | {
      scheme: string;
      kind: 'factor';
      /** ECTS = value x factor ("2" for US semester credit hours, "0.5" for UK CATS). */
      factor: string;
      /** When the factor is a fraction no decimal holds (4/3): ECTS = value x factor / divisor, rounded once. */
      divisor?: string;
      rounding: Rounding;
      /** Where the factor comes from, for the record. */
      source: string;
    }
  | {
      scheme: string;
      kind: 'full-load';
      /** ECTS = value / the host's full load for the period x ectsPerFullLoad (Australian points). */
      ectsPerFullLoad: string;
      rounding: Rounding;
      source: string;
    };

/** Scheme names compare trimmed and case-blind: "US-Semester-Credit-Hours" is the same scheme. */
export const schemeKey = (scheme: string): string => scheme.trim().toLowerCase();

/** The school's rule for a scheme, or undefined: a missing rule is never replaced by a guess. */
export const conversionRuleFor = (rules: readonly ConversionRule[], scheme: string): ConversionRule | undefined =>
  rules.find((rule) => schemeKey(rule.scheme) === schemeKey(scheme));
