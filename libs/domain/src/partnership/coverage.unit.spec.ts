import { aContent } from '../testing/agreement.fixtures';
import { historyOf, stateOf } from '../testing/decider-specification';
import { coverageOf, factsOfRecordedDetail, mobilityFactsOf } from './coverage';
import { partnershipDecider } from './partnership.decider';
import { PAIR, anIia, recordIiaCommand, studies } from './partnership.fixtures';
import { partnershipQuotas } from './quotas';

const partnershipWith = (...iias: ReturnType<typeof anIia>[]) =>
  stateOf(partnershipDecider, historyOf(partnershipDecider, iias.map((iia) => recordIiaCommand(iia))));
const facts = (overrides = {}) => mobilityFactsOf(aContent(overrides));

describe('coverageOf (LA-PARTNERSHIP)', () => {
  it('LA-PARTNERSHIP: an IIA in effect covers the two institutions, the year and the subject area (broad field 054 covers 0541)', () => {
    expect(coverageOf(facts(), partnershipWith(anIia()))).toEqual({ status: 'covered', partnershipId: PAIR, iiaKey: 'insa-lyon.fr:insa-iia-7' });
  });

  it('LA-PARTNERSHIP: nothing covers a mobility without an IIA', () => {
    expect(coverageOf(facts(), partnershipDecider.initialState())).toMatchObject({ status: 'not-covered', ruleId: 'LA-PARTNERSHIP' });
  });

  it.each([
    ['another academic year', { receivingAcademicYear: '2028/2029' }],
    ['another subject area', { iscedFCode: '0714' }],
    ['a traineeship under a studies condition', { mobilityType: 'traineeship' }],
  ])('LA-PARTNERSHIP: does not cover %s', (_, overrides) => {
    const coverage = coverageOf(facts(overrides), partnershipWith(anIia()));
    expect(coverage).toMatchObject({ status: 'not-covered', ruleId: 'LA-PARTNERSHIP' });
  });

  it('LA-PARTNERSHIP: an IIA no longer in effect covers nothing; one without subject areas covers every subject', () => {
    expect(coverageOf(facts(), partnershipWith(anIia({ inEffect: false })))).toMatchObject({ status: 'not-covered' });
    const anySubject = anIia({ conditions: [studies({ subjectAreas: [] })] });
    expect(coverageOf(facts({ iscedFCode: '0714' }), partnershipWith(anySubject))).toMatchObject({ status: 'covered' });
  });

  it('LA-PARTNERSHIP: conditions are one direction: the partner’s condition does not cover the school’s students', () => {
    const incomingOnly = anIia({ conditions: [studies({ sendingHeiId: 'uw.edu.pl', receivingHeiId: 'insa-lyon.fr' })] });
    expect(coverageOf(facts(), partnershipWith(incomingOnly))).toMatchObject({ status: 'not-covered' });
  });
});

describe('partnershipQuotas', () => {
  it('counts each mobility of the year once against the condition that covers it, beside the mobilities agreed', () => {
    const mobilities = [facts(), facts(), facts(), facts({ receivingAcademicYear: '2026/2027' }), facts({ iscedFCode: '0714' })];
    expect(partnershipQuotas(partnershipWith(anIia()), '2025/2026', mobilities)).toEqual([
      expect.objectContaining({ kind: 'student-studies', sendingHeiId: 'insa-lyon.fr', agreed: 2, used: 3, left: -1, subjectAreas: ['054'] }),
      expect.objectContaining({ sendingHeiId: 'uw.edu.pl', agreed: 1, used: 0, left: 1 }),
    ]);
  });

  it('lists no condition outside its academic years', () => {
    expect(partnershipQuotas(partnershipWith(anIia()), '2030/2031', [])).toEqual([]);
  });
});

describe('factsOfRecordedDetail (LA-PARTNERSHIP)', () => {
  it('reads back the facts a not-covered detail was written from, with or without a subject area', () => {
    for (const mobility of [facts(), { ...facts(), iscedFCode: undefined }]) {
      const coverage = coverageOf(mobility, partnershipWith());
      const { iscedFCode, ...rest } = mobility;
      expect(coverage.status === 'not-covered' && factsOfRecordedDetail(coverage.detail)).toEqual({ ...rest, ...(iscedFCode && { iscedFCode }) });
    }
  });

  it('reads nothing from a detail of another wording', () => {
    expect(factsOfRecordedDetail('no IIA in effect covers student-exchange mobility from a.fr to b.de in 2025/2026')).toBeUndefined();
    expect(factsOfRecordedDetail('nothing is recorded for this partner')).toBeUndefined();
  });
});
