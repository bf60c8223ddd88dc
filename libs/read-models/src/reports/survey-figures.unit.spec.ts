import type { SurveyResponse } from '@app/domain';
import type { AgreementFacts } from './agreement-facts';
import { surveyFigures } from './survey-figures';

const facts = (mobilityId: string, partner: string, more: Partial<AgreementFacts> = {}) =>
  ({ mobilityId, receivingHeiId: partner, departedOn: '2026-02-20', returnedOn: '2026-06-30', ...more }) as AgreementFacts;
const response = (mobilityId: string, answers: SurveyResponse['answers'], moment: SurveyResponse['moment'] = 'after-return'): SurveyResponse => ({
  studentId: `s-${mobilityId}`,
  mobilityId,
  moment,
  partner: '',
  academicYear: '2025/2026',
  answers,
  at: '2026-07-10T00:00:00.000Z',
});

describe('the participants’ survey figures (CTI-MOB-9)', () => {
  const outgoing = [facts('m1', 'uw.edu.pl'), facts('m2', 'uw.edu.pl'), facts('m3', 'tum.de', { returnedOn: null }), facts('m4', 'tum.de', { departedOn: null, returnedOn: null })];
  const figures = surveyFigures('insa-lyon.fr', '2025/2026', outgoing, [
    response('m1', { preparation: 4, stay: 5, recognition: 3 }),
    response('m3', { preparation: 2, stay: 3 }, 'mid-stay'),
  ]);

  it('asks after the return the returned mobilities, during the stay the departed ones; the rate is answered over asked', () => {
    expect(figures.total['after-return']).toEqual({ invited: 2, answered: 1, responseRate: '0.5000', satisfaction: { preparation: '4.00', stay: '5.00', recognition: '3.00' } });
    expect(figures.total['mid-stay']).toEqual({ invited: 3, answered: 1, responseRate: '0.3333', satisfaction: { preparation: '2.00', stay: '3.00', recognition: null } });
  });

  it('a school that does not ask during the stay counts only the answers it got as asked then', () => {
    const notAsked = surveyFigures('insa-lyon.fr', '2025/2026', outgoing, [], { midStayAsked: false });
    expect(notAsked.total['mid-stay']).toMatchObject({ invited: 0, answered: 0, responseRate: null });
    const answeredAnyway = surveyFigures('insa-lyon.fr', '2025/2026', outgoing, [response('m3', { preparation: 2, stay: 3 }, 'mid-stay')], { midStayAsked: false });
    expect(answeredAnyway.total['mid-stay']).toMatchObject({ invited: 1, answered: 1, responseRate: '1.0000' });
  });

  it('counts per receiving partner, in the partners’ order', () => {
    expect(figures.byPartner.map((row) => [row.partner, row['after-return'].invited, row['after-return'].answered, row['mid-stay'].answered])).toEqual([
      ['tum.de', 0, 0, 1],
      ['uw.edu.pl', 2, 1, 0],
    ]);
    expect(figures.byPartner[0]['after-return'].responseRate).toBeNull();
  });

  it('an erased student’s answer counts as an answer without ratings', () => {
    const erased = surveyFigures('insa-lyon.fr', '2025/2026', [facts('m1', 'uw.edu.pl')], [response('m1', { preparation: null, stay: null } as unknown as SurveyResponse['answers'])]);
    expect(erased.total['after-return']).toMatchObject({ answered: 1, satisfaction: { preparation: null, stay: null, recognition: null } });
  });
});
