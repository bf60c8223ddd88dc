import { ruleBroken } from '../errors';
import { refusal } from '../refusals';
import { SIGNING_ORDER, signerOf } from './agreement.actor';
import { RejectAgreement, SignAgreement } from './agreement.commands';
import { AgreementEvent } from './agreement.events';
import { isApproved, requireAgreement } from './agreement.guards';
import { AgreementState } from './agreement.state';
import { assertComponentsListed } from './components-listed';
import { requireRejection, signRound } from './signing-round';

const notADraft = () =>
  ruleBroken('CTI-LA-3', refusal('onlyAmendmentsOnceApproved'));

/** The third signature, the receiving institution's, makes version 1 (CTI-LA-1). */
export const signAgreement = ({ data, metadata }: SignAgreement, state: AgreementState): AgreementEvent[] => {
  const current = requireAgreement(state, data.mobilityId);
  if (isApproved(state)) throw notADraft();
  const signature = signRound({
    actor: metadata.actor,
    now: metadata.now,
    ...current,
    signatures: state.signatures,
    signedHash: data.contentHash,
  });
  assertComponentsListed(current.content);
  const signed: AgreementEvent = { type: 'AgreementSigned', data: { mobilityId: data.mobilityId, version: 1, signature } };
  const signatures = [...state.signatures, signature];
  if (signatures.length < SIGNING_ORDER.length) return [signed];
  return [
    signed,
    { type: 'AgreementApproved', data: { mobilityId: data.mobilityId, version: 1, ...current, signatures, at: metadata.now } },
  ];
};

/** The round's signatures are void and the draft goes back to editing; the comment says why. */
export const rejectAgreement = ({ data, metadata }: RejectAgreement, state: AgreementState): AgreementEvent[] => {
  const current = requireAgreement(state, data.mobilityId);
  if (isApproved(state)) throw notADraft();
  const party = requireRejection(metadata.actor, current.content, data.comment);
  return [
    {
      type: 'AgreementRejected',
      data: {
        mobilityId: data.mobilityId,
        contentHash: current.contentHash,
        comment: data.comment.trim(),
        voidedSignatures: state.signatures,
        party,
        by: signerOf(metadata.actor),
        at: metadata.now,
      },
    },
  ];
};
