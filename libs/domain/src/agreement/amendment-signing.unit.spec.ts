import {
  HASH_V2,
  LATER,
  MOBILITY_ID,
  aComponent,
  aContent,
  amendedContent,
  approved,
  auditor,
  given,
  proposeCommand,
  proposed,
  receivingStaff,
  rejectAmendmentCommand,
  sendingStaff,
  signAmendmentCommand,
  signedProposal,
  student,
  substitution,
} from '../testing';
import { ComponentChange } from './amendment.changes';
import { applyChanges } from './apply-changes';
import { contentHash } from './content-hash';

describe('SignAmendment', () => {
  it('CTI-LA-4: signs the proposal, bound to its hash', () => {
    given(proposed())
      .when(signAmendmentCommand(student))
      .then([
        {
          type: 'AmendmentSigned',
          data: {
            mobilityId: MOBILITY_ID,
            proposalNumber: 1,
            version: 2,
            signature: { party: 'student', signer: { id: student.id, name: student.name, email: student.email }, at: LATER, contentHash: HASH_V2 },
          },
        },
      ]);
  });

  it('CTI-LA-3: the third signature makes the proposal version 2', () => {
    given(signedProposal(2))
      .when(signAmendmentCommand(receivingStaff))
      .thenState((state, events) => {
        expect(events.map((e) => e.type)).toEqual(['AmendmentSigned', 'AmendmentApproved']);
        expect(events[1].data).toMatchObject({ proposalNumber: 1, version: 2, baseVersion: 1, changes: substitution, content: amendedContent, contentHash: HASH_V2, at: LATER });
        expect(state).toMatchObject({ status: 'approved', current: { contentHash: HASH_V2 }, proposal: undefined });
        expect(state.versions.map((v) => [v.number, v.contentHash, v.signatures.length])).toEqual([
          [1, contentHash(aContent()), 3],
          [2, HASH_V2, 3],
        ]);
        expect(state.versions[1]).toMatchObject({ proposalNumber: 1, changes: substitution, approvedAt: LATER });
      });
  });

  it('CTI-LA-3: successive amendments make versions 3 and more', () => {
    const more: ComponentChange[] = [{ op: 'insert', table: 'virtual', component: aComponent('MOOC-1', '2'), reason: 'adding-virtual-component' }];
    const hashV3 = contentHash(applyChanges(amendedContent, more));
    const v3 = proposed(
      ...[student, sendingStaff, receivingStaff].map((by) => signAmendmentCommand(by)),
      proposeCommand(sendingStaff, more, 2),
      ...[student, sendingStaff, receivingStaff].map((by) => signAmendmentCommand(by, hashV3)),
    );
    const dropMooc: ComponentChange[] = [{ op: 'delete', table: 'virtual', code: 'MOOC-1', reason: { other: 'platform closed' } }];
    given(v3)
      .when(proposeCommand(student, dropMooc, 3))
      .thenState((state) => {
        expect(state.versions.map((v) => [v.number, v.contentHash])).toEqual([
          [1, contentHash(aContent())],
          [2, HASH_V2],
          [3, hashV3],
        ]);
        expect(state.proposal).toMatchObject({ number: 3, baseVersion: 3 });
      });
  });

  it('CTI-LA-4: refuses a signature on a stale hash (the version in force, not the proposal)', () => {
    given(proposed()).when(signAmendmentCommand(student, contentHash(aContent()))).thenThrows({ kind: 'conflict', ruleId: 'CTI-LA-4' });
  });

  it('LA-ORDER: refuses the receiving institution before the sending institution', () => {
    given(signedProposal(1)).when(signAmendmentCommand(receivingStaff)).thenThrows({ kind: 'rule', ruleId: 'LA-ORDER' });
  });

  it('LA-PARTY: refuses a signature by an auditor', () => {
    given(proposed()).when(signAmendmentCommand(auditor)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });

  it('CTI-LA-3: refuses a signature when no proposal is open', () => {
    given(approved()).when(signAmendmentCommand(student)).thenThrows({ kind: 'rule', ruleId: 'CTI-LA-3' });
  });
});

describe('RejectAmendment', () => {
  it('CTI-LA-3: closes the proposal, voids its signatures, and the last approved version stays in force', () => {
    given(signedProposal(2))
      .when(rejectAmendmentCommand())
      .thenState((state, [event]) => {
        expect(event).toMatchObject({
          type: 'AmendmentRejected',
          data: { proposalNumber: 1, contentHash: HASH_V2, comment: 'KR630 is full', party: 'receiving', at: LATER },
        });
        expect(event.type === 'AmendmentRejected' && event.data.voidedSignatures.map((s) => s.party)).toEqual(['student', 'sending']);
        expect(state).toMatchObject({ status: 'approved', proposal: undefined, current: { contentHash: contentHash(aContent()) } });
        expect(state.versions).toHaveLength(1);
        expect(state.rejections).toEqual([
          { of: { proposalNumber: 1 }, contentHash: HASH_V2, party: 'receiving', by: receivingStaff.id, comment: 'KR630 is full', at: LATER },
        ]);
      });
  });

  it('CTI-LA-3: after a rejection a new proposal gets the next number', () => {
    given(proposed(rejectAmendmentCommand(sendingStaff)))
      .when(proposeCommand())
      .then(([event]) => expect(event.data).toMatchObject({ proposalNumber: 2, baseVersion: 1 }));
  });

  it('LA-REJECT: refuses a rejection without a comment', () => {
    given(proposed()).when(rejectAmendmentCommand(sendingStaff, '')).thenThrows({ kind: 'invalid', ruleId: 'LA-REJECT' });
  });

  it('LA-PARTY: refuses a rejection by the student', () => {
    given(proposed()).when(rejectAmendmentCommand(student)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });

  it('CTI-LA-3: refuses a rejection when no proposal is open', () => {
    given(approved()).when(rejectAmendmentCommand()).thenThrows({ kind: 'rule', ruleId: 'CTI-LA-3' });
  });
});
