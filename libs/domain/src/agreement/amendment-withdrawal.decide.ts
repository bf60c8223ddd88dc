import { conflict, forbidden, ruleBroken } from '../errors';
import { refusal } from '../refusals';
import { requireParty, signerOf } from './agreement.actor';
import { WithdrawAmendment } from './agreement.commands';
import { AgreementEvent } from './agreement.events';
import { requireAgreement } from './agreement.guards';
import { AgreementState } from './agreement.state';

/**
 * CTI-LA-3: a mistaken proposal must not block the agreement until every party has refused it.
 * Only the party who proposed it takes it back (LA-PARTY), and only while it is open: once the
 * third signature approves it, it is a version and changes only through a new proposal.
 */
export const withdrawAmendment = ({ data, metadata }: WithdrawAmendment, state: AgreementState): AgreementEvent[] => {
  const { content } = requireAgreement(state, data.mobilityId);
  const party = requireParty(metadata.actor, content, ['student', 'sending'], 'withdrawAmendment');
  const proposal = state.proposal;
  if (!proposal) throw ruleBroken('CTI-LA-3', refusal('nothingToWithdraw'));
  if (data.proposalNumber !== proposal.number) {
    throw conflict(refusal('notTheOpenProposal', data.proposalNumber, proposal.number), 'CTI-LA-3');
  }
  if (party !== proposal.proposedBy.party) {
    throw forbidden(refusal('onlyProposerWithdraws', proposal.proposedBy.party, proposal.number), 'LA-PARTY');
  }
  const comment = data.comment?.trim();
  return [
    {
      type: 'AmendmentWithdrawn',
      data: {
        mobilityId: data.mobilityId,
        proposalNumber: proposal.number,
        contentHash: proposal.contentHash,
        ...(comment && { comment }),
        voidedSignatures: proposal.signatures,
        party,
        by: signerOf(metadata.actor),
        at: metadata.now,
      },
    },
  ];
};
