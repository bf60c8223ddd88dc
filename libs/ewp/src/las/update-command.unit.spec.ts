import { contentHash } from '@app/domain';
import type { Actor } from '@app/domain';
import { draftCommand, history, proposeCommand, receivingStaff, sendingStaff, signAmendmentCommand, signCommand, student } from '@app/domain/testing';
import { LEDGER_NOW, ewpContent, stateOf } from './ewp-fixtures';
import { ewpChangesProposal } from './export-la';
import { LaUpdateRequest } from './update-request';
import { updateCommand } from './update-command';

const content = ewpContent();
const hash = contentHash(content);
const approved = [draftCommand(content), ...[student, sendingStaff, receivingStaff].map((by) => signCommand(by, hash))];
const proposing = stateOf(history(...approved, proposeCommand()));
const open = stateOf(history(...approved, proposeCommand(), ...[student, sendingStaff].map((by) => signAmendmentCommand(by, proposing.proposal!.contentHash))));
const caller: Actor = { ...receivingStaff };
const signature = { signerName: 'Paweł Tomasz Kowalski', signerPosition: 'Mobility coordinator', timestamp: '2026-03-12T10:00:00+01:00', signerApp: 'USOS' };
const request = (changesProposalId: string, kind: 'approve' | 'comment' = 'approve'): LaUpdateRequest =>
  kind === 'approve'
    ? { kind, sendingHeiId: 'insa-lyon.fr', omobilityId: open.mobilityId!, changesProposalId, signature }
    : { kind, sendingHeiId: 'insa-lyon.fr', omobilityId: open.mobilityId!, changesProposalId, signature, comment: 'KR630 is full' };

describe('EWP update requests on the open changes proposal', () => {
  const currentId = ewpChangesProposal(open.mobilityId!, open)!.id;

  it('answers a changes-proposal-id that is not the current one with a conflict (EWP-LA-PROPOSAL, 409) and the EWP user message', () => {
    expect(() => updateCommand(request('AE61266750D019063512516C7EE01968012C81F25A89'), open, caller, LEDGER_NOW)).toThrow(
      expect.objectContaining({ kind: 'conflict', ruleId: 'EWP-LA-PROPOSAL', message: expect.stringContaining('Your copy of the Learning Agreement is not up-to-date') }),
    );
  });

  it("approves the current proposal as the receiving institution signing it: the token's signer, the EWP position and application, the ledger's time (LA-REPORT, CTI-LA-1)", () => {
    const command = updateCommand(request(currentId), open, caller, LEDGER_NOW);
    expect(command).toEqual({
      type: 'SignAmendment',
      data: { mobilityId: open.mobilityId, contentHash: open.proposal!.contentHash },
      metadata: {
        now: LEDGER_NOW,
        actor: { id: 'staff-pawel', role: 'receiving', institution: 'uw.edu.pl', name: 'Paweł Kowalski', position: 'Mobility coordinator', signerApp: 'USOS' },
      },
    });
  });

  it('records a comment as the rejection of the proposal', () => {
    expect(updateCommand(request(currentId, 'comment'), open, caller, LEDGER_NOW)).toMatchObject({ type: 'RejectAmendment', data: { comment: 'KR630 is full' } });
  });

  it('has no proposal to approve while the proposal awaits the sending institution', () => {
    expect(ewpChangesProposal(proposing.mobilityId!, proposing)).toBeUndefined();
    expect(() => updateCommand(request(currentId), proposing, caller, LEDGER_NOW)).toThrow(expect.objectContaining({ ruleId: 'EWP-LA-PROPOSAL' }));
  });
});
