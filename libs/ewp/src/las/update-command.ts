import { conflict, notFound } from '@app/domain';
import type { Actor, AgreementCommand, AgreementState } from '@app/domain';
import { ewpChangesProposal } from './export-la';
import { signerDetailsOf } from './signer-mapping';
import { LaUpdateRequest } from './update-request';

/** What EWP asks a server to tell the user of a stale copy (update-request.xsd, changes-proposal-id). */
export const STALE_COPY_MESSAGE =
  'Your copy of the Learning Agreement is not up-to-date. Please refresh your copy from our servers and repeat your request.';

/**
 * The signature or rejection an update request stands for, on the round open now: the
 * draft before version 1, the amendment proposal afterwards. A `changes-proposal-id`
 * other than the current one is a conflict (EWP-LA-PROPOSAL, 409), as EWP specifies.
 * The caller signs as the token names them, at the ledger's clock `now`: the request's
 * signature adds only the position and application (LA-REPORT, CTI-LA-1).
 */
export const updateCommand = (request: LaUpdateRequest, state: AgreementState, caller: Actor, now: string): AgreementCommand => {
  const { omobilityId: mobilityId, signature } = request;
  const content = state.current?.content;
  if (!content || state.status === 'deleted' || content.sendingInstitution.heiId !== request.sendingHeiId) {
    throw notFound(`no learning agreement ${mobilityId} sent by ${request.sendingHeiId}`);
  }
  const current = ewpChangesProposal(mobilityId, state, 'quiet');
  if (current?.id !== request.changesProposalId) {
    throw conflict(
      `changes proposal ${request.changesProposalId} is not the current one (${current?.id ?? 'none is open'}). ${STALE_COPY_MESSAGE}`,
      'EWP-LA-PROPOSAL',
    );
  }
  const metadata = { actor: { ...caller, ...signerDetailsOf(signature) }, now };
  const amendment = state.status === 'amendment-proposed';
  if (request.kind === 'comment') {
    const data = { mobilityId, comment: request.comment };
    return amendment ? { type: 'RejectAmendment', data, metadata } : { type: 'RejectAgreement', data, metadata };
  }
  const data = { mobilityId, contentHash: amendment ? state.proposal!.contentHash : state.current!.contentHash };
  return amendment ? { type: 'SignAmendment', data, metadata } : { type: 'SignAgreement', data, metadata };
};
