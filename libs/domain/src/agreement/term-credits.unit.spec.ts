import { aComponent, aContent } from '../testing/agreement.fixtures';
import { agreementWarnings } from './agreement-warnings';
import { termCreditWarnings } from './term-credits';

const semester = (...ects: string[]) => aContent({ studiedAbroad: ects.map((value, index) => aComponent(`C${index}`, value)) });

describe('termCreditWarnings (LA-TERM-CREDITS)', () => {
  it('LA-TERM-CREDITS: 20 to 40 ECTS in a semester raise nothing', () => {
    expect(termCreditWarnings(semester('10', '10'))).toEqual([]);
    expect(termCreditWarnings(semester('30'))).toEqual([]);
    expect(termCreditWarnings(semester('20', '20'))).toEqual([]);
  });

  it('LA-TERM-CREDITS: a light or a heavy semester is a warning naming the term and the band', () => {
    expect(termCreditWarnings(semester('9', '7.5'))).toEqual([
      {
        ruleId: 'LA-TERM-CREDITS',
        field: 'studiedAbroad.term(2/2)',
        detail: 'term 2 of 2 lists 16.5 ECTS in table A, below a full-time load of 20 to 40 ECTS: check the components and their credits',
      },
    ]);
    expect(termCreditWarnings(semester('30', '15'))[0].detail).toMatch(/45 ECTS in table A, above/);
  });

  it('LA-TERM-CREDITS: the band scales with the terms of the year (a trimester: about 13.3 to 26.7)', () => {
    const trimester = (value: string) => aContent({ studiedAbroad: [aComponent('T1', value, { term: { number: 1, of: 3 } })] });
    expect(termCreditWarnings(trimester('15'))).toEqual([]);
    expect(termCreditWarnings(trimester('12'))[0].detail).toMatch(/below a full-time load of 13.3 to 26.7 ECTS/);
    const year = aContent({ studiedAbroad: [aComponent('Y', '60', { term: { number: 1, of: 1 } })] });
    expect(termCreditWarnings(year)).toEqual([]);
  });

  it('LA-TERM-CREDITS: each term apart; components without a term, or a term with non-ECTS credits, are left out', () => {
    const content = aContent({
      studiedAbroad: [
        aComponent('A', '30', { term: { number: 1, of: 2 } }),
        aComponent('B', '6', { term: { number: 2, of: 2 } }),
        aComponent('C', '3', { term: undefined }),
        aComponent('D', '3', { term: { number: 1, of: 3 }, credits: [{ scheme: 'us-semester-credit-hours', value: '3' }] }),
      ],
    });
    expect(termCreditWarnings(content).map(({ field }) => field)).toEqual(['studiedAbroad.term(2/2)']);
  });

  it('LA-TERM-CREDITS: a traineeship carries no full study load and raises nothing', () => {
    expect(termCreditWarnings({ ...semester('3'), mobilityType: 'traineeship' })).toEqual([]);
  });

  it('LA-TERM-CREDITS: is among the warnings of the agreement view', () => {
    expect(agreementWarnings(semester('6')).map(({ ruleId }) => ruleId)).toContain('LA-TERM-CREDITS');
  });
});
