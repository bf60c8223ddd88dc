import { invalid } from '../errors';
import { refusal } from '../refusals';

/**
 * Exact decimals for credits and percentages: a decimal string ("7.5") is read as a bigint
 * of ten-thousandths, so 7.5 + 7.5 + 15 is 30 and never 29.999999. Four places hold every
 * credit scheme we know (quarter hours need 4/3, rounded by the rule that says how).
 */
export const DECIMAL_PLACES = 4;
const ONE = 10n ** BigInt(DECIMAL_PLACES);
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * Directions away from the exact value, sign-symmetric: `down` toward zero, `up` away from
 * zero, `half-up` to the nearest step and away from zero on a tie.
 */
export type RoundingMode = 'half-up' | 'down' | 'up';

/**
 * How a result that does not fall on the grid is brought back to it: to a multiple of `step`
 * ("0.5", "0.01") by `mode`; 'none' demands an exact result at four places and refuses
 * any other, so nothing is rounded without someone having said how.
 */
export type Rounding = { mode: RoundingMode; step: string } | 'none';

/** A decimal string with at most four places, optionally negative. */
export const isDecimal = (value: unknown): value is string => {
  const match = typeof value === 'string' ? DECIMAL.exec(value) : null;
  return match !== null && (match[3] ?? '').length <= DECIMAL_PLACES;
};

const scaled = (value: string): bigint => {
  if (!isDecimal(value)) throw invalid(refusal('notADecimal', value, DECIMAL_PLACES), 'CREDITS-DECIMAL');
  const [, sign, whole, fraction = ''] = DECIMAL.exec(value) as RegExpExecArray;
  const units = BigInt(whole) * ONE + BigInt(fraction.padEnd(DECIMAL_PLACES, '0'));
  return sign ? -units : units;
};

/** Shortest form: no trailing zeros, no leading zeros, no "-0". */
const text = (units: bigint): string => {
  const sign = units < 0n ? '-' : '';
  const magnitude = units < 0n ? -units : units;
  const fraction = (magnitude % ONE).toString().padStart(DECIMAL_PLACES, '0').replace(/0+$/, '');
  return `${sign}${magnitude / ONE}${fraction ? `.${fraction}` : ''}`;
};

const quotient = (numerator: bigint, denominator: bigint, mode: RoundingMode): bigint => {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let q = n / d;
  const remainder = n % d;
  if (remainder !== 0n && (mode === 'up' || (mode === 'half-up' && 2n * remainder >= d))) q += 1n;
  return negative ? -q : q;
};

/** The scaled value numerator / denominator, rounded once: chained roundings drift. */
const onGrid = (numerator: bigint, denominator: bigint, rounding: Rounding, what: string): bigint => {
  if (denominator === 0n) throw invalid(refusal('divisionByZero', what), 'CREDITS-DECIMAL');
  if (rounding === 'none') {
    if (numerator % denominator !== 0n) {
      throw invalid(refusal('notExact', what, DECIMAL_PLACES), 'CREDITS-DECIMAL');
    }
    return numerator / denominator;
  }
  const step = scaled(rounding.step);
  if (step <= 0n) throw invalid(refusal('roundingStepNotPositive', rounding.step), 'CREDITS-DECIMAL');
  return quotient(numerator, denominator * step, rounding.mode) * step;
};

/** Reads any accepted spelling ("07.50") and writes the shortest one ("7.5"). */
export const formatDecimal = (value: string): string => text(scaled(value));

export const addDecimals = (a: string, b: string): string => text(scaled(a) + scaled(b));
export const subtractDecimals = (a: string, b: string): string => text(scaled(a) - scaled(b));
export const sumDecimals = (values: readonly string[]): string => text(values.reduce((total, value) => total + scaled(value), 0n));

/** -1, 0 or 1, for sorting and thresholds. */
export const compareDecimals = (a: string, b: string): -1 | 0 | 1 => {
  const difference = scaled(a) - scaled(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
};

/** a x b against c x d, exactly: comparing shares of different totals needs no division. */
export const compareProducts = (a: string, b: string, c: string, d: string): -1 | 0 | 1 => {
  const difference = scaled(a) * scaled(b) - scaled(c) * scaled(d);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
};

export const multiplyDecimals = (a: string, b: string, rounding: Rounding): string =>
  text(onGrid(scaled(a) * scaled(b), ONE, rounding, `${a} x ${b}`));

export const divideDecimals = (a: string, b: string, rounding: Rounding): string =>
  text(onGrid(scaled(a) * ONE, scaled(b), rounding, `${a} / ${b}`));

/** a x b / c with a single rounding, as conversions by a fraction (4/3, 30/24) need. */
export const multiplyDivideDecimals = (a: string, b: string, c: string, rounding: Rounding): string =>
  text(onGrid(scaled(a) * scaled(b), scaled(c), rounding, `${a} x ${b} / ${c}`));

export const roundDecimal = (value: string, rounding: Rounding): string => text(onGrid(scaled(value), 1n, rounding, value));
