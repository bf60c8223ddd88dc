import {
  HASH_V1,
  MOBILITY_ID,
  NOW,
  admin,
  approved,
  auditor,
  command,
  draftCommand,
  drafted,
  given,
  history,
  otherSchoolStaff,
  proposed,
  receivingStaff,
  sendingStaff,
  signCommand,
  signedBy,
  student,
} from '../testing';
import { ERASED, personalFieldsOf } from '../personal-data/personal-fields';
import { Actor, Party, Signer } from './agreement.actor';
import { AgreementEvent } from './agreement.events';

/** Earlier than the draft itself: what a forged document would claim. */
const CLAIMED = '2025-11-12T13:13:45+02:00';
const RECORDED = '2026-01-16T10:00:00.000Z';
const studentAsDocumentNamesThem: Signer = { id: student.id, signerApp: 'Dashboard' };
const sendingAsDocumentNamesThem: Signer = { id: 'ewp:anders.bardal@example.com', name: 'Anders Bardal', position: 'Erasmus senior coordinator' };
const receivingAsDocumentNamesThem: Signer = { id: 'ewp:pawel.kowalski@example.com', name: 'Paweł Tomasz Kowalski' };
const documentSigner: Record<Party, Signer> = { student: studentAsDocumentNamesThem, sending: sendingAsDocumentNamesThem, receiving: receivingAsDocumentNamesThem };

const report = (by: Actor, party: Party, { hash = HASH_V1, claimedAt = CLAIMED } = {}) =>
  command('RecordSignatureReport', by, { party, contentHash: hash, signer: documentSigner[party], claimedAt }, RECORDED);

/** What the finding's import did: receiving staff bring in a document listing the student's and the sending signatures. */
const forgedByReceiving = () => history(draftCommand(), report(receivingStaff, 'student'), report(receivingStaff, 'sending'));

describe('RecordSignatureReport (LA-REPORT)', () => {
  it("LA-REPORT: records the partner document's word about the student's signature as a report, its claimed time kept apart from the ledger's", () => {
    given(drafted())
      .when(report(receivingStaff, 'student'))
      .then([
        {
          type: 'SignatureReportedByPartner',
          data: {
            mobilityId: MOBILITY_ID,
            party: 'student',
            signer: studentAsDocumentNamesThem,
            claimedAt: CLAIMED,
            contentHash: HASH_V1,
            version: 1,
            reportedBy: { party: 'receiving', institution: 'uw.edu.pl', by: { id: receivingStaff.id, name: receivingStaff.name } },
            at: RECORDED,
          },
        },
      ]);
  });

  it('LA-REPORT, CTI-LA-1: reports of the student and the sending institution sign nothing and approve nothing', () => {
    given(drafted())
      .when(report(receivingStaff, 'student'))
      .thenState((state) => {
        expect(state.status).toBe('draft');
        expect(state.signatures).toEqual([]);
        expect(state.versions).toEqual([]);
        expect(state.reportedSignatures.map((reported) => [reported.party, reported.claimedAt, reported.at])).toEqual([['student', CLAIMED, RECORDED]]);
      });
  });

  it('LA-ORDER: after the reports the receiving institution still cannot sign before the student and the sending institution', () => {
    given(forgedByReceiving())
      .when(signCommand(receivingStaff))
      .thenThrows({ kind: 'rule', ruleId: 'LA-ORDER', message: /the student party signs the draft before the receiving party/ });
  });

  it('CTI-LA-1: a departure after reports of all three signatures is still a finding', () => {
    given(history(draftCommand(), report(receivingStaff, 'student'), report(receivingStaff, 'sending'), report(sendingStaff, 'receiving')))
      .when(command('RecordDeparture', student, { date: '2026-01-16' }, RECORDED))
      .thenState((state, events) => {
        expect(state.reportedSignatures.map((reported) => reported.party)).toEqual(['student', 'sending', 'receiving']);
        expect(events).toEqual([expect.objectContaining({ type: 'DepartureRecorded', data: expect.objectContaining({ findings: ['CTI-LA-1'] }) })]);
        expect(state.findings.map((finding) => finding.ruleId)).toEqual(['CTI-LA-1']);
      });
  });

  it("CTI-LA-1: version 1 comes into force at the ledger's time of the third signature, whatever time a report claims", () => {
    const events = history(
      draftCommand(),
      report(receivingStaff, 'student'),
      report(receivingStaff, 'sending'),
      ...[student, sendingStaff, receivingStaff].map((by) => signCommand(by, HASH_V1, '2026-02-21T09:00:00.000Z')),
    );
    given(events)
      .when(command('RecordDeparture', student, { date: '2026-02-20' }, '2026-02-22T09:00:00.000Z'))
      .thenState((state) => {
        expect(state.versions[0].approvedAt).toBe('2026-02-21T09:00:00.000Z');
        expect(state.versions[0].signatures.map((signature) => signature.signer.id)).toEqual([student.id, sendingStaff.id, receivingStaff.id]);
        expect(state.findings.map((finding) => finding.ruleId)).toEqual(['CTI-LA-1']);
      });
  });

  it('LA-REPORT: a party never reports its own signature; it signs itself, as the token names it', () => {
    given(drafted())
      .when(report(receivingStaff, 'receiving'))
      .thenThrows({ kind: 'rule', ruleId: 'LA-REPORT', message: /signs the draft itself, through the ledger/ });
    given(signedBy(1))
      .when(report(sendingStaff, 'sending'))
      .thenThrows({ kind: 'rule', ruleId: 'LA-REPORT' });
  });

  it.each([
    ['the student', student],
    ['an admin', admin],
    ['an auditor', auditor],
    ['staff of another school', otherSchoolStaff],
  ])('LA-PARTY: %s cannot record a report of a signature', (_, by) => {
    given(drafted()).when(report(by, 'sending')).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });

  it('CTI-LA-4: a report names the content of the open round', () => {
    given(drafted())
      .when(report(receivingStaff, 'student', { hash: 'another-hash' }))
      .thenThrows({ kind: 'conflict', ruleId: 'CTI-LA-4' });
  });

  it('LA-REPORT: a claimed time that is not a timestamp is refused', () => {
    given(drafted())
      .when(report(receivingStaff, 'student', { claimedAt: 'yesterday' }))
      .thenThrows({ kind: 'invalid', ruleId: 'LA-REPORT' });
  });

  it('LA-REPORT: the same report again, or a report of a party that signed here, changes nothing', () => {
    given(forgedByReceiving()).when(report(receivingStaff, 'student')).thenNothingHappens();
    given(signedBy(1)).when(report(receivingStaff, 'student')).thenNothingHappens();
  });

  it('LA-REPORT: a report on the open amendment proposal names it, and the proposal still awaits its three signatures', () => {
    const events: AgreementEvent[] = proposed();
    const state = given(events);
    const hash = (events.at(-1) as Extract<AgreementEvent, { type: 'AmendmentProposed' }>).data.contentHash;
    state.when(report(receivingStaff, 'student', { hash })).thenState((after, decided) => {
      expect(decided).toEqual([
        expect.objectContaining({ type: 'SignatureReportedByPartner', data: expect.objectContaining({ version: 2, proposalNumber: 1, contentHash: hash }) }),
      ]);
      expect(after.status).toBe('amendment-proposed');
      expect(after.proposal!.signatures).toEqual([]);
      expect(after.versions).toHaveLength(1);
    });
  });

  it('CTI-LA-3: with no draft and no proposal open, there is nothing a report could speak of', () => {
    given(approved(NOW)).when(report(receivingStaff, 'student')).thenThrows({ kind: 'rule', ruleId: 'CTI-LA-3' });
  });
});

describe('a reported signature and the student’s personal data', () => {
  it("the student's name and email as a partner document gives them are the student's personal fields, erased with theirs", () => {
    const named = command('RecordSignatureReport', receivingStaff, { party: 'student', contentHash: HASH_V1, signer: { id: student.id, name: 'Ivan Sidorov', email: 'ivan@example.com' }, claimedAt: CLAIMED }, RECORDED);
    const [reported] = given(drafted()).when(named).then(() => undefined);
    expect(personalFieldsOf(reported)).toEqual([
      { subjectId: student.id, path: ['signer', 'name'], erased: ERASED },
      { subjectId: student.id, path: ['signer', 'email'], erased: ERASED },
    ]);
  });
});
