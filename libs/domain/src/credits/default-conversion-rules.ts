import { ConversionRule } from './conversion-rule';

/**
 * The conversions a school starts from (CTI-REC-3); each school may replace them with its
 * own. All rest on the ECTS anchor: 60 ECTS for a full-time academic year, 30 for a
 * semester, 25 to 30 hours of student work per ECTS (ECTS Users' Guide 2015, section 3.1).
 */
export const ECTS_SCHEME = 'ects';

export const DEFAULT_CONVERSION_RULES: readonly ConversionRule[] = [
  {
    scheme: ECTS_SCHEME,
    kind: 'factor',
    factor: '1',
    rounding: 'none',
    source: "ECTS Users' Guide 2015: credits of the EHEA are already ECTS (CTI-REC-4)",
  },
  {
    // 15 semester credit hours are a full-time US semester, worth 30 ECTS.
    scheme: 'us-semester-credit-hours',
    kind: 'factor',
    factor: '2',
    rounding: 'none',
    source: "ECTS Users' Guide 2015 (30 ECTS a semester) and the US full-time load of 15 semester credit hours (US Department of Education, 34 CFR 600.2 credit hour)",
  },
  {
    // A quarter hour is two thirds of a semester hour, so 2 x 2/3 = 4/3 ECTS; no decimal holds 4/3.
    scheme: 'us-quarter-hours',
    kind: 'factor',
    factor: '4',
    divisor: '3',
    rounding: { mode: 'half-up', step: '0.01' },
    source: 'AACRAO: 1 quarter hour = 2/3 semester hour; 1 semester credit hour = 2 ECTS',
  },
  {
    scheme: 'uk-cats',
    kind: 'factor',
    factor: '0.5',
    rounding: 'none',
    source: 'QAA, Higher education credit framework for England (2021): 2 UK credits = 1 ECTS (120 credits a year = 60 ECTS)',
  },
  {
    // One Japanese credit is 45 hours of study; one ECTS is 30 hours at most: 45 / 30 = 1.5.
    scheme: 'jp-credits',
    kind: 'factor',
    factor: '1.5',
    rounding: 'none',
    source: "MEXT, Standards for the Establishment of Universities, art. 21 (1 credit = 45 hours); ECTS Users' Guide 2015 (25-30 hours per ECTS)",
  },
  {
    // Australian points differ by university (24, 48, 50 a semester): only the host's full load gives the ratio.
    scheme: 'au-credit-points',
    kind: 'full-load',
    ectsPerFullLoad: '30',
    rounding: { mode: 'half-up', step: '0.01' },
    source: "ECTS Users' Guide 2015: a full-time semester is 30 ECTS; the host's full semester load is given with the transcript",
  },
];
