import { DEFAULT_SURVEY_QUESTIONS, SurveyAnswer, SurveyQuestion, SurveyResponse, questionsById } from '@app/domain';
import type { AgreementFacts } from './agreement-facts';
import { surveyFigures } from './survey-figures';

const facts = (mobilityId: string, partner: string, more: Partial<AgreementFacts> = {}) =>
  ({ mobilityId, receivingHeiId: partner, departedOn: '2026-02-20', returnedOn: '2026-06-30', ...more }) as AgreementFacts;
/** Ratings by question id; a string is a free-text answer. */
const answersOf = (values: Record<string, number | string | null>): SurveyAnswer[] =>
  Object.entries(values).map(([questionId, value]) => ({ questionId, kind: typeof value === 'string' ? 'text' : 'rating', value }) as SurveyAnswer);
const response = (mobilityId: string, values: Record<string, number | string | null>, moment: SurveyResponse['moment'] = 'after-return', questionSetVersion = 0): SurveyResponse => ({
  studentId: `s-${mobilityId}`,
  mobilityId,
  moment,
  partner: '',
  academicYear: '2025/2026',
  questionSetVersion,
  answers: answersOf(values),
  at: '2026-07-10T00:00:00.000Z',
});

describe('the participants’ survey figures (CTI-MOB-9)', () => {
  const outgoing = [facts('m1', 'uw.edu.pl'), facts('m2', 'uw.edu.pl'), facts('m3', 'tum.de', { returnedOn: null }), facts('m4', 'tum.de', { departedOn: null, returnedOn: null })];
  const figures = surveyFigures('insa-lyon.fr', '2025/2026', outgoing, [
    response('m1', { preparation: 4, stay: 5, recognition: 3 }),
    response('m3', { preparation: 2, stay: 3 }, 'mid-stay'),
  ]);

  it('asks after the return the returned mobilities, during the stay the departed ones; the rate is answered over asked', () => {
    expect(figures.questions.map((question) => question.id)).toEqual(['preparation', 'stay', 'recognition']);
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
    const erased = surveyFigures('insa-lyon.fr', '2025/2026', [facts('m1', 'uw.edu.pl')], [response('m1', { preparation: null, stay: null })]);
    expect(erased.total['after-return']).toMatchObject({ answered: 1, satisfaction: { preparation: null, stay: null, recognition: null } });
  });

  it('a school’s own rating questions have their means, older ones answered too, labelled as last worded; free text never', () => {
    const welcome: SurveyQuestion = { id: 'welcome', kind: 'rating', wording: { fr: 'L’accueil', en: 'The welcome' }, required: true, moments: ['after-return'] };
    const advice: SurveyQuestion = { id: 'advice', kind: 'text', wording: { fr: 'Un conseil', en: 'Advice' }, required: false, moments: ['after-return'] };
    const own = surveyFigures(
      'insa-lyon.fr',
      '2025/2026',
      outgoing,
      [response('m1', { preparation: 2, stay: 3, recognition: 4, comments: 'Fine' }), response('m2', { welcome: 5, advice: 'Go' }, 'after-return', 1)],
      { questions: { version: 1, questions: [welcome, advice] }, askedQuestions: questionsById([...DEFAULT_SURVEY_QUESTIONS, welcome, advice]) },
    );
    expect(own.questions).toEqual([
      { id: 'welcome', wording: welcome.wording },
      { id: 'preparation', wording: DEFAULT_SURVEY_QUESTIONS[0].wording },
      { id: 'recognition', wording: DEFAULT_SURVEY_QUESTIONS[2].wording },
      { id: 'stay', wording: DEFAULT_SURVEY_QUESTIONS[1].wording },
    ]);
    expect(own.total['after-return']).toEqual({ invited: 2, answered: 2, responseRate: '1.0000', satisfaction: { welcome: '5.00', preparation: '2.00', recognition: '4.00', stay: '3.00' } });
    expect(JSON.stringify(own)).not.toMatch(/Fine|Go"|advice|comments/);
  });
});
