import { conflict, ruleBroken } from '../errors';
import { refusal } from '../refusals';
import { requireParty, signerOf } from './agreement.actor';
import { DeleteDraft, DraftAgreement, EditDraft } from './agreement.commands';
import { AgreementEvent } from './agreement.events';
import { isApproved, requireAgreement } from './agreement.guards';
import { AgreementState } from './agreement.state';
import { hashedContent, sameContent } from './content-hash';
import { assertValidContent } from './validate-content';

export const draftAgreement = ({ data, metadata }: DraftAgreement, state: AgreementState): AgreementEvent[] => {
  if (state.status !== 'none') throw conflict(refusal('agreementExists', data.mobilityId));
  assertValidContent(data.content);
  const party = requireParty(metadata.actor, data.content, ['student', 'sending'], 'draftAgreement');
  const { mobilityId, content } = data;
  return [
    {
      type: 'AgreementDrafted',
      data: { mobilityId, content, ...hashedContent(content, data.contentHashKey), party, by: signerOf(metadata.actor), at: metadata.now },
    },
  ];
};

/**
 * Replaces the content wholesale. Editing is allowed while signatures are being gathered and
 * voids them (CTI-LA-4: a signature binds one exact content); the event keeps the voided
 * signatures. An edit that leaves the content as it is changes nothing and voids nothing.
 */
export const editDraft = ({ data, metadata }: EditDraft, state: AgreementState): AgreementEvent[] => {
  const current = requireAgreement(state, data.mobilityId);
  const party = requireParty(metadata.actor, current.content, ['student', 'sending'], 'editDraft');
  if (isApproved(state)) {
    throw ruleBroken('CTI-LA-3', refusal('amendInsteadOfEdit'));
  }
  if (data.expectedContentHash !== undefined && data.expectedContentHash !== current.contentHash) {
    throw conflict(refusal('staleDraft', data.expectedContentHash, current.contentHash));
  }
  assertValidContent(data.content);
  // Parties who may act are fixed at drafting: an edit must not hand the agreement to someone else.
  if (data.content.student.accountId !== current.content.student.accountId) {
    throw ruleBroken('LA-PARTY', refusal('editChangesStudent'));
  }
  if (data.content.sendingInstitution.heiId !== current.content.sendingInstitution.heiId) {
    throw ruleBroken('LA-PARTY', refusal('editChangesSending'));
  }
  if (sameContent(data.content, current.content)) return [];
  return [
    {
      type: 'DraftEdited',
      data: {
        mobilityId: data.mobilityId,
        content: data.content,
        ...hashedContent(data.content, data.contentHashKey),
        previousContentHash: current.contentHash,
        voidedSignatures: state.signatures,
        party,
        by: signerOf(metadata.actor),
        at: metadata.now,
      },
    },
  ];
};

/** Withdrawal stops once an institution has committed to the draft by signing it (LA-DELETE). */
export const deleteDraft = ({ data, metadata }: DeleteDraft, state: AgreementState): AgreementEvent[] => {
  const current = requireAgreement(state, data.mobilityId);
  const party = requireParty(metadata.actor, current.content, ['student', 'sending'], 'deleteDraft');
  if (isApproved(state)) throw ruleBroken('LA-DELETE', refusal('approvedNotDeleted'));
  const institution = state.signatures.find((signature) => signature.party !== 'student');
  if (institution) throw ruleBroken('LA-DELETE', refusal('institutionSignedDraft', institution.party));
  return [
    {
      type: 'DraftDeleted',
      data: { mobilityId: data.mobilityId, contentHash: current.contentHash, party, by: signerOf(metadata.actor), at: metadata.now },
    },
  ];
};
