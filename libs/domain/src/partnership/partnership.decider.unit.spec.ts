import { signerOf } from '../agreement/agreement.actor';
import { historyOf } from '../testing/decider-specification';
import { partnershipDecider } from './partnership.decider';
import {
  NOW, PAIR, PARTNER, SCHOOL, anIia, auditor, givenPartnership, otherStaff, partnerStaff, partnershipCommand, recordIiaCommand, schoolStaff, studies,
} from './partnership.fixtures';
import { partnershipIdOf, partnershipStreamId } from './partnership.stream';

const company = { id: 'FR40303265045', kind: 'company' as const, name: 'Airbus', country: 'FR' };
const recordCompany = (by = schoolStaff) =>
  partnershipCommand('RecordPartner', by, { schoolId: SCHOOL, partner: company }, `${company.id}+${SCHOOL}`);

describe('partnership stream', () => {
  it('is named by the two partners, sorted, whoever records it', () => {
    expect(PAIR).toBe('insa-lyon.fr+uw.edu.pl');
    expect(partnershipStreamId(PAIR)).toBe('partnership-insa-lyon.fr+uw.edu.pl');
    expect(partnershipIdOf('partnership-insa-lyon.fr+uw.edu.pl')).toBe(PAIR);
    expect(partnershipIdOf('agreement-1')).toBeUndefined();
  });
});

describe('RecordPartner', () => {
  it('records a company hosting interns as a partner of the school', () => {
    givenPartnership([])
      .when(recordCompany())
      .then([{ type: 'PartnerRecorded', data: { partnershipId: `${company.id}+${SCHOOL}`, schoolId: SCHOOL, partner: company, by: signerOf(schoolStaff), at: NOW } }]);
  });

  it('changes nothing when the same partner is recorded again', () => {
    givenPartnership(historyOf(partnershipDecider, [recordCompany()])).when(recordCompany()).thenNothingHappens();
  });

  it('PARTNERSHIP-STAFF: refuses staff of another school and auditors', () => {
    givenPartnership([]).when(recordCompany(otherStaff)).thenThrows({ kind: 'forbidden', ruleId: 'PARTNERSHIP-STAFF' });
    givenPartnership([]).when(recordCompany(auditor)).thenThrows({ kind: 'forbidden', ruleId: 'PARTNERSHIP-STAFF' });
  });

  it('PARTNERSHIP-CONTENT: refuses an institution whose id is not a SCHAC code', () => {
    givenPartnership([])
      .when(partnershipCommand('RecordPartner', schoolStaff, { schoolId: SCHOOL, partner: { id: 'Not a code', kind: 'institution' } }))
      .thenThrows({ kind: 'invalid', ruleId: 'PARTNERSHIP-CONTENT', message: /SCHAC/ });
  });

  it('PARTNERSHIP-CONTENT: refuses a partner whose country is not an ISO 3166-1 country, as the institutions register does', () => {
    givenPartnership([])
      .when(partnershipCommand('RecordPartner', schoolStaff, { schoolId: SCHOOL, partner: { id: 'uw.edu.pl', kind: 'institution', name: 'University of Warsaw', country: 'ZZ' } }))
      .thenThrows({ kind: 'invalid', ruleId: 'PARTNERSHIP-CONTENT', message: /ZZ/ });
  });

  it('PARTNERSHIP-IIA: refuses a command on a stream that is not the pair of partners', () => {
    givenPartnership([])
      .when(partnershipCommand('RecordPartner', schoolStaff, { schoolId: SCHOOL, partner: { id: 'tum.de', kind: 'institution' } }))
      .thenThrows({ kind: 'invalid', ruleId: 'PARTNERSHIP-IIA' });
  });
});

describe('RecordIia', () => {
  it('records an IIA with its cooperation conditions, keyed by a partner’s own id for it', () => {
    givenPartnership([])
      .when(recordIiaCommand())
      .thenState((state, events) => {
        expect(events).toEqual([
          { type: 'IiaRecorded', data: { partnershipId: PAIR, iiaKey: 'insa-lyon.fr:insa-iia-7', iia: anIia(), by: signerOf(schoolStaff), at: NOW } },
        ]);
        expect(Object.keys(state.partners).sort()).toEqual([SCHOOL, PARTNER]);
      });
  });

  it('may be recorded by the partner’s staff: the IIA binds both', () => {
    givenPartnership([]).when(recordIiaCommand(anIia(), partnerStaff)).then((events) => expect(events).toHaveLength(1));
  });

  it('changes nothing when the same IIA is imported again', () => {
    givenPartnership(historyOf(partnershipDecider, [recordIiaCommand()])).when(recordIiaCommand()).thenNothingHappens();
  });

  it('revises the IIA when the partner’s copy with the same ids brings new terms, keeping the old ones', () => {
    const revised = anIia({ conditions: [studies({ mobilitiesPerYear: 4 })] });
    givenPartnership(historyOf(partnershipDecider, [recordIiaCommand()]))
      .when(recordIiaCommand(revised, partnerStaff))
      .then([
        { type: 'IiaRevised', data: { partnershipId: PAIR, iiaKey: 'insa-lyon.fr:insa-iia-7', iia: revised, previous: anIia(), by: signerOf(partnerStaff), at: NOW } },
      ]);
  });

  it('PARTNERSHIP-STAFF: refuses staff of a third institution', () => {
    givenPartnership([]).when(recordIiaCommand(anIia(), otherStaff)).thenThrows({ kind: 'forbidden', ruleId: 'PARTNERSHIP-STAFF' });
  });

  it('PARTNERSHIP-CONTENT: refuses academic years out of order, unknown institutions in a condition and EQF levels out of range', () => {
    for (const condition of [
      studies({ firstAcademicYear: '2027/2028', lastAcademicYear: '2025/2026' }),
      studies({ firstAcademicYear: '2025/2027' }),
      studies({ receivingHeiId: 'tum.de' }),
      studies({ eqfLevels: [9] }),
      studies({ subjectAreas: [{ iscedFCode: 'maths' }] }),
      studies({ mobilitiesPerYear: 1.5 }),
    ]) {
      givenPartnership([])
        .when(recordIiaCommand(anIia({ conditions: [condition] })))
        .thenThrows({ kind: 'invalid', ruleId: 'PARTNERSHIP-CONTENT' });
    }
  });

  it('PARTNERSHIP-IIA: refuses an IIA with a partner recorded as a company', () => {
    const asCompany = partnershipCommand('RecordPartner', schoolStaff, { schoolId: SCHOOL, partner: { id: PARTNER, kind: 'company' } });
    givenPartnership(historyOf(partnershipDecider, [asCompany]))
      .when(recordIiaCommand())
      .thenThrows({ kind: 'rule', ruleId: 'PARTNERSHIP-IIA' });
  });
});
