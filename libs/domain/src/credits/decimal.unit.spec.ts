import {
  addDecimals,
  compareDecimals,
  compareProducts,
  divideDecimals,
  formatDecimal,
  isDecimal,
  multiplyDecimals,
  multiplyDivideDecimals,
  roundDecimal,
  subtractDecimals,
  sumDecimals,
} from './decimal';

describe('decimal credits', () => {
  it('CTI-REC-1: 7.5 + 7.5 + 15 is exactly 30', () => {
    expect(sumDecimals(['7.5', '7.5', '15'])).toBe('30');
    expect(addDecimals(addDecimals('7.5', '7.5'), '15')).toBe('30');
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
  });

  it('subtracts, compares, and writes the shortest form', () => {
    expect(subtractDecimals('30', '7.5')).toBe('22.5');
    expect(subtractDecimals('7.5', '30')).toBe('-22.5');
    expect(formatDecimal('007.5000')).toBe('7.5');
    expect(formatDecimal('-0.0')).toBe('0');
    expect(compareDecimals('7.50', '7.5')).toBe(0);
    expect(compareDecimals('10', '9.9999')).toBe(1);
    expect(compareDecimals('-1', '0')).toBe(-1);
    expect(compareProducts('0.0001', '0.0001', '0.0002', '0.0001')).toBe(-1);
    expect(sumDecimals([])).toBe('0');
  });

  it('multiplies and divides exactly when asked for no rounding', () => {
    expect(multiplyDecimals('7.5', '2', 'none')).toBe('15');
    expect(divideDecimals('15', '2', 'none')).toBe('7.5');
    expect(() => divideDecimals('4', '3', 'none')).toThrow(/CREDITS-DECIMAL: 4 \/ 3 is not exact at 4 places/);
    expect(() => multiplyDecimals('0.0001', '0.5', 'none')).toThrow(/not exact/);
  });

  it('rounds once, to the step, in the mode given', () => {
    expect(divideDecimals('4', '3', { mode: 'half-up', step: '0.0001' })).toBe('1.3333');
    expect(divideDecimals('2', '3', { mode: 'half-up', step: '0.01' })).toBe('0.67');
    expect(divideDecimals('2', '3', { mode: 'down', step: '0.01' })).toBe('0.66');
    expect(divideDecimals('1', '3', { mode: 'up', step: '0.5' })).toBe('0.5');
    expect(roundDecimal('7.25', { mode: 'half-up', step: '0.5' })).toBe('7.5');
    expect(roundDecimal('-7.25', { mode: 'half-up', step: '0.5' })).toBe('-7.5');
    expect(roundDecimal('-7.24', { mode: 'down', step: '1' })).toBe('-7');
    // One rounding of 10 x 4 / 3 = 13.333..., not 4/3 rounded then multiplied (13.3330).
    expect(multiplyDivideDecimals('10', '4', '3', { mode: 'half-up', step: '0.0001' })).toBe('13.3333');
  });

  it('refuses floats written as text, too many places, division by zero and a zero step', () => {
    expect(isDecimal('1e3')).toBe(false);
    expect(isDecimal('1.23456')).toBe(false);
    expect(isDecimal(7.5)).toBe(false);
    expect(() => addDecimals('7,5', '1')).toThrow(/not a decimal string/);
    expect(() => divideDecimals('1', '0', 'none')).toThrow(/division by zero/);
    expect(() => roundDecimal('1', { mode: 'down', step: '0' })).toThrow(/must be positive/);
  });
});
