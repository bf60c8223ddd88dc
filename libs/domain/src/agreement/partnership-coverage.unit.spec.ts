import { Coverage } from './coverage';
import {
  HASH_V1, MOBILITY_ID, NOW, aContent, command, draftCommand, given, history, receivingStaff, sendingStaff, signCommand, student,
} from '../testing/agreement.fixtures';

const notCovered: Coverage = { status: 'not-covered', ruleId: 'LA-PARTNERSHIP', detail: 'no IIA in effect covers student-studies mobility' };
const covered: Coverage = { status: 'covered', partnershipId: 'insa-lyon.fr+uw.edu.pl', iiaKey: 'insa-lyon.fr:insa-iia-7' };
const draftWith = (coverage: Coverage) => command('DraftAgreement', student, { content: aContent(), coverage });
const signWith = (by: typeof student, coverage?: Coverage) => command('SignAgreement', by, { contentHash: HASH_V1, ...(coverage && { coverage }) });
const convention = (reference = 'CONV-2026-014', by = sendingStaff) => command('RecordIndividualConvention', by, { reference });
const twoSignatures = (coverage: Coverage) => history(draftWith(coverage), signWith(student, coverage), signWith(sendingStaff, coverage));

describe('drafting check (LA-PARTNERSHIP)', () => {
  it('LA-PARTNERSHIP: accepts a draft no IIA covers, and flags it', () => {
    given([])
      .when(draftWith(notCovered))
      .thenState((state, events) => {
        expect(events.map((event) => event.type)).toEqual(['AgreementDrafted', 'PartnershipCoverageAssessed']);
        expect(state.coverage).toEqual(notCovered);
      });
  });

  it('LA-PARTNERSHIP: records nothing about coverage when the school does not check partnerships', () => {
    given([]).when(draftCommand()).then((events) => expect(events.map((event) => event.type)).toEqual(['AgreementDrafted']));
  });

  it('LA-PARTNERSHIP: the student and the sending institution sign a flagged draft; the receiving institution is refused', () => {
    given(twoSignatures(notCovered))
      .when(signWith(receivingStaff, notCovered))
      .thenThrows({ kind: 'rule', ruleId: 'LA-PARTNERSHIP', message: /individual convention/ });
  });

  it('LA-PARTNERSHIP: the refusal says what no IIA covers in each language, from the draft\'s facts, not the recorded English detail', () => {
    const refused = given(twoSignatures(notCovered)).when(signWith(receivingStaff, notCovered)).thenThrows({ kind: 'rule', ruleId: 'LA-PARTNERSHIP' });
    expect(refused.message).toBe(
      'LA-PARTNERSHIP: no IIA in effect covers student-studies mobility from insa-lyon.fr to uw.edu.pl in 2025/2026, subject area 0541: record the IIA, or an individual convention for this mobility, before the receiving institution signs',
    );
    expect(refused.said?.fr).toBe(
      'aucun accord interinstitutionnel (IIA) en vigueur ne couvre la mobilité d’études (student-studies) de insa-lyon.fr vers uw.edu.pl en 2025/2026, domaine d’études 0541 : enregistrez l’IIA, ou une convention individuelle pour cette mobilité, avant que l’établissement d’accueil ne signe',
    );
  });

  it('LA-PARTNERSHIP: once an IIA is recorded, the receiving signature records the new coverage and makes version 1', () => {
    given(twoSignatures(notCovered))
      .when(signWith(receivingStaff, covered))
      .thenState((state, events) => {
        expect(events.map((event) => event.type)).toEqual(['PartnershipCoverageAssessed', 'AgreementSigned', 'AgreementApproved']);
        expect(state).toMatchObject({ status: 'approved', coverage: covered });
      });
  });

  it('LA-PARTNERSHIP: an individual convention recorded by the sending school lets the receiving institution sign', () => {
    given(twoSignatures(notCovered))
      .when(convention())
      .then([
        {
          type: 'IndividualConventionRecorded',
          data: { mobilityId: MOBILITY_ID, reference: 'CONV-2026-014', party: 'sending', by: { id: 'staff-anders', name: 'Anders Bardal' }, at: NOW },
        },
      ]);
    given([...twoSignatures(notCovered), ...history(draftWith(notCovered), convention()).slice(-1)])
      .when(signWith(receivingStaff, notCovered))
      .thenState((state) => expect(state).toMatchObject({ status: 'approved', coverage: { status: 'individual-convention', reference: 'CONV-2026-014' } }));
  });

  it('LA-PARTY: only the sending institution records an individual convention; LA-PARTNERSHIP: it names a reference', () => {
    given(history(draftWith(notCovered))).when(convention('CONV-1', student)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
    given(history(draftWith(notCovered))).when(convention('CONV-1', receivingStaff)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
    given(history(draftWith(notCovered))).when(convention('  ')).thenThrows({ kind: 'invalid', ruleId: 'LA-PARTNERSHIP' });
  });

  it('records the same convention once', () => {
    given(history(draftWith(notCovered), convention())).when(convention()).thenNothingHappens();
  });

  it('LA-PARTNERSHIP: a receiving signature without coverage in the command is not checked (the school does not check partnerships)', () => {
    given(history(draftCommand(), signCommand(student), signCommand(sendingStaff)))
      .when(signCommand(receivingStaff))
      .thenState((state) => expect(state.status).toBe('approved'));
  });
});
