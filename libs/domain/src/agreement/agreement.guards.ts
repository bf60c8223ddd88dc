import { invalid, notFound } from '../errors';
import { refusal } from '../refusals';
import { AgreementState, ContentVersion } from './agreement.state';

/**
 * The content every later command works on, once the agreement exists. A deleted draft
 * answers as not found: it is gone for the parties, though its stream keeps the history.
 */
export const requireAgreement = (state: AgreementState, mobilityId: string): ContentVersion => {
  if (state.status === 'none' || !state.current) throw notFound(refusal('noAgreement', mobilityId));
  if (state.mobilityId !== mobilityId) {
    throw invalid(refusal('otherMobility', mobilityId, state.mobilityId));
  }
  if (state.status === 'deleted') throw notFound(refusal('agreementDeleted', mobilityId));
  return state.current;
};

/** True once a version is in force: from then on only amendments change the content (CTI-LA-3). */
export const isApproved = (state: AgreementState): boolean =>
  state.status === 'approved' || state.status === 'amendment-proposed';
