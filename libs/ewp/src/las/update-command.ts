import { conflict, notFound } from '@app/domain';
import type { Actor, AgreementCommand, AgreementState } from '@app/domain';
import { ewpRefusal } from '../ewp-refusal-words';
import { ENGLISH_EWP_REFUSALS } from '../ewp-refusal-words.en';
import { ewpChangesProposal } from './export-la';
import { signerDetailsOf } from './signer-mapping';
import { LaUpdateRequest } from './update-request';

/** What EWP asks a server to tell the user of a stale copy (update-request.xsd, changes-proposal-id), as partners' hosts read it. */
export const STALE_COPY_MESSAGE = ENGLISH_EWP_REFUSALS.staleCopy();

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
    throw notFound(ewpRefusal('noAgreementSentBy', mobilityId, request.sendingHeiId));
  }
  const current = ewpChangesProposal(mobilityId, state, 'quiet');
  if (current?.id !== request.changesProposalId) {
    throw conflict(ewpRefusal('notTheCurrentProposal', request.changesProposalId, current?.id), 'EWP-LA-PROPOSAL');
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
