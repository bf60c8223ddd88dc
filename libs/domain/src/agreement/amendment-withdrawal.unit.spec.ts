import {
  HASH_V1,
  HASH_V2,
  LATER,
  MOBILITY_ID,
  approved,
  given,
  proposeCommand,
  proposed,
  receivingStaff,
  sendingStaff,
  signAmendmentCommand,
  signedProposal,
  student,
  withdrawCommand,
} from '../testing';

describe('WithdrawAmendment', () => {
  it('CTI-LA-3: the proposer withdraws the open proposal; its signatures are void and kept for the record', () => {
    given(signedProposal(1))
      .when(withdrawCommand(student, 1, 'KR630 was a typo'))
      .then((events) =>
        expect(events).toEqual([
          {
            type: 'AmendmentWithdrawn',
            data: {
              mobilityId: MOBILITY_ID,
              proposalNumber: 1,
              contentHash: HASH_V2,
              comment: 'KR630 was a typo',
              voidedSignatures: [expect.objectContaining({ party: 'student', contentHash: HASH_V2 })],
              party: 'student',
              by: { id: student.id, name: student.name, email: student.email },
              at: LATER,
            },
          },
        ]),
      );
  });

  it('CTI-LA-3: after a withdrawal the version in force stands and a corrected proposal can be made', () => {
    given(proposed(withdrawCommand()))
      .when(proposeCommand(student))
      .thenState((state) => {
        expect(state.status).toBe('amendment-proposed');
        expect(state.current?.contentHash).toBe(HASH_V1);
        expect(state.proposal?.number).toBe(2);
        expect(state.withdrawals).toEqual([{ proposalNumber: 1, contentHash: HASH_V2, party: 'student', by: student.id, at: LATER }]);
      });
  });

  it('CTI-LA-3: a withdrawal leaves the agreement approved, with no open proposal', () => {
    given(proposed())
      .when(withdrawCommand())
      .thenState((state) => {
        expect(state.status).toBe('approved');
        expect(state.proposal).toBeUndefined();
        expect(state.versions).toHaveLength(1);
      });
  });

  it('LA-PARTY: only the party who proposed it withdraws it; the others reject it instead', () => {
    given(proposed()).when(withdrawCommand(sendingStaff)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY', message: /reject it/ });
  });

  it('LA-PARTY: the receiving institution never withdraws (it never proposes)', () => {
    given(proposed()).when(withdrawCommand(receivingStaff)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });

  it('CTI-LA-3: nothing to withdraw when no proposal is open', () => {
    given(approved()).when(withdrawCommand()).thenThrows({ kind: 'rule', ruleId: 'CTI-LA-3', message: /nothing to withdraw/ });
  });

  it('CTI-LA-3: a proposal approved by its third signature is a version and cannot be withdrawn', () => {
    const approvedProposal = proposed(...[student, sendingStaff, receivingStaff].map((by) => signAmendmentCommand(by)));
    given(approvedProposal).when(withdrawCommand()).thenThrows({ kind: 'rule', ruleId: 'CTI-LA-3' });
  });

  it('CTI-LA-3: naming another proposal than the open one is a conflict', () => {
    given(proposed()).when(withdrawCommand(student, 2)).thenThrows({ kind: 'conflict', ruleId: 'CTI-LA-3', message: /proposal 1 is/ });
  });
});
