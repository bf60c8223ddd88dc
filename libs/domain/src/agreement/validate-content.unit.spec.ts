import { aComponent, aContent } from '../testing';
import { AgreementContent } from './agreement.content';
import { assertValidContent, contentProblems, implausibleCredits } from './validate-content';

describe('contentProblems (LA-CONTENT)', () => {
  it('finds nothing wrong in a well-formed agreement', () => {
    expect(contentProblems(aContent())).toEqual([]);
  });

  it.each<[string, Partial<AgreementContent>, RegExp]>([
    ['an impossible planned date', { plannedStart: '2026-02-30' }, /ISO dates/],
    ['an end before the start', { plannedEnd: '2026-01-01' }, /before plannedStart/],
    ['an academic year that is not two consecutive years', { receivingAcademicYear: '2025/2027' }, /2026\/2027/],
    ['an EQF level outside 6..8', { eqfLevel: 5 as never }, /eqfLevel/],
    ['an unknown CEFR level', { languageSkill: { language: 'en', cefrLevel: 'D1' as never } }, /cefrLevel/],
    ['an unknown mobility type', { mobilityType: 'erasmus' as never }, /mobilityType/],
    ['an unknown track, stay or activity', { track: 'x' as never, stay: 'y' as never, activity: 'z' as never }, /track.*stay.*activity/],
    ['a credit written as a float', { studiedAbroad: [aComponent('A', '7.5e0')] }, /not a decimal string/],
    ['a credit with a comma', { studiedAbroad: [aComponent('A', '7,5')] }, /not a decimal string/],
    ['an empty credit scheme', { studiedAbroad: [{ ...aComponent('A'), credits: [{ scheme: '', value: '3' }] }] }, /scheme is empty/],
    ['a term that does not exist', { studiedAbroad: [aComponent('A', '3', { term: { number: 3, of: 2 } })] }, /term 3 of 2/],
    ['a duplicate code in a table', { studiedAbroad: [aComponent('A'), aComponent('A')] }, /appears twice/],
    ['an empty code or title', { virtual: [{ ...aComponent(''), title: '' }] }, /code is empty.*title is empty/],
    ['recognition conditions outside table B', { studiedAbroad: [aComponent('A', '3', { recognitionConditions: 'exam' })] }, /table B/],
    ['a missing table', { doctoral: undefined as never }, /doctoral is missing/],
    ['a citizenship that is not an ISO country', { student: { ...aContent().student, citizenship: 'France' } }, /citizenship/],
    ['a student without account or ESI', { student: { ...aContent().student, accountId: '', globalId: ' ' } }, /accountId.*globalId/],
    ['an institution without SCHAC code', { receivingInstitution: { heiId: '' } }, /receivingInstitution.heiId/],
  ])('LA-CONTENT: reports %s', (_, overrides, problem) => {
    expect(contentProblems(aContent(overrides)).map(({ said }) => said.en).join('; ')).toMatch(problem);
  });

  it('accepts recognition conditions in table B: the component is then not recognised automatically', () => {
    expect(contentProblems(aContent({ recognisedAtHome: [aComponent('UE', '15', { recognitionConditions: 'oral exam' })] }))).toEqual([]);
  });

  it('LA-CONTENT: assertValidContent throws every problem at once as invalid', () => {
    expect(() => assertValidContent(aContent({ plannedEnd: '2020-01-01', eqfLevel: 9 as never }))).toThrow(
      expect.objectContaining({ kind: 'invalid', ruleId: 'LA-CONTENT', message: expect.stringMatching(/^LA-CONTENT: .*plannedEnd.*eqfLevel/) }),
    );
  });

  it('LA-CREDITS: a credit of zero, or above one academic year in its scheme, is refused as a rule, naming the component', () => {
    const content = aContent({
      studiedAbroad: [aComponent('KR501', '0'), aComponent('KR502B', '60.5')],
      recognisedAtHome: [aComponent('UE-MATH-4', '15', { credits: [{ scheme: 'uk-cats', value: '150' }] })],
    });
    expect(implausibleCredits(content).map(({ field, said }) => [field, said.en])).toEqual([
      ['content.studiedAbroad.0.credits', 'studiedAbroad[0] (KR501): 0 ects is not above zero'],
      ['content.studiedAbroad.1.credits', 'studiedAbroad[1] (KR502B): 60.5 ects is more than one component can count: at most 60 (one academic year in that scheme)'],
      ['content.recognisedAtHome.0.credits', 'recognisedAtHome[0] (UE-MATH-4): 150 uk-cats is more than one component can count: at most 120 (one academic year in that scheme)'],
    ]);
    expect(implausibleCredits(content)[1].said.fr).toBe(
      'studiedAbroad[1] (KR502B) : 60,5 ects dépasse ce qu’une composante peut compter : au plus 60 (une année universitaire dans ce système)',
    );
    expect(() => assertValidContent(content)).toThrow(
      expect.objectContaining({ kind: 'rule', ruleId: 'LA-CREDITS', message: expect.stringMatching(/KR501.*correct the credits/) }),
    );
  });

  it('LA-CREDITS: malformed content is reported as such first (LA-CONTENT)', () => {
    expect(() => assertValidContent(aContent({ studiedAbroad: [aComponent('A', '7,5'), aComponent('B', '0')] }))).toThrow(
      expect.objectContaining({ ruleId: 'LA-CONTENT' }),
    );
  });

  it('LA-CONTENT: names each field at fault by its path in the command, in English and in French', () => {
    const content = aContent({ plannedEnd: '2020-01-01', studiedAbroad: [aComponent('KR501', '6'), { ...aComponent('KR502'), title: ' ' }] });
    expect(() => assertValidContent(content)).toThrow(
      expect.objectContaining({
        said: { en: expect.stringMatching(/^malformed agreement content: plannedEnd 2020-01-01 is before plannedStart .*; studiedAbroad\[1\]: title is empty$/), fr: expect.stringMatching(/^contenu du contrat mal formé : plannedEnd 2020-01-01 précède plannedStart .*; studiedAbroad\[1\] : l’intitulé est vide$/) },
        fields: [
          { field: 'content.plannedEnd', said: { en: expect.stringMatching(/^plannedEnd 2020-01-01 is before/), fr: expect.stringMatching(/^plannedEnd 2020-01-01 précède/) } },
          { field: 'content.studiedAbroad.1.title', said: { en: 'studiedAbroad[1]: title is empty', fr: 'studiedAbroad[1] : l’intitulé est vide' } },
        ],
      }),
    );
  });

  it('LA-CREDITS: names the credits of each implausible row, and says beside it what to do', () => {
    expect(() => assertValidContent(aContent({ studiedAbroad: [aComponent('KR501', '6'), aComponent('KR611', '0')] }), (field) => `changes.${field}`)).toThrow(
      expect.objectContaining({
        message: 'LA-CREDITS: studiedAbroad[1] (KR611): 0 ects is not above zero: correct the credits to what the component is worth',
        fields: [
          {
            field: 'changes.studiedAbroad.1.credits',
            said: {
              en: 'studiedAbroad[1] (KR611): 0 ects is not above zero: correct the credits to what the component is worth',
              fr: 'studiedAbroad[1] (KR611) : 0 ects n’est pas supérieur à zéro : corrigez les crédits pour qu’ils disent ce que vaut la composante',
            },
          },
        ],
      }),
    );
  });
});
