import { conflict, invalid, ruleBroken } from '../errors';
import { refusal } from '../refusals';
import { SIGNING_ORDER, requireParty, signerOf } from './agreement.actor';
import { ProposeAmendment, RejectAmendment, SignAmendment } from './agreement.commands';
import { AgreementEvent } from './agreement.events';
import { requireAgreement } from './agreement.guards';
import { AgreementState, AmendmentProposal, versionInForce } from './agreement.state';
import { changeFieldOf } from './amendment-fields';
import { applyChanges } from './apply-changes';
import { assertComponentsListed } from './components-listed';
import { hashedContent, sameContent } from './content-hash';
import { requireRejection, signRound } from './signing-round';
import { applyStudentChanges } from './student-changes';
import { assertValidContent } from './validate-content';
import { contentInEffect } from './minor-changes';

/** CTI-LA-3: once approved, content changes only through a proposal; one open at a time. */
export const proposeAmendment = ({ data, metadata }: ProposeAmendment, state: AgreementState): AgreementEvent[] => {
  const current = requireAgreement(state, data.mobilityId);
  const party = requireParty(metadata.actor, current.content, ['student', 'sending'], 'proposeAmendment');
  const inForce = versionInForce(state);
  if (!inForce) throw ruleBroken('CTI-LA-3', refusal('amendOnlyApproved'));
  if (state.proposal) throw ruleBroken('CTI-LA-3', refusal('proposalStillOpen', state.proposal.number));
  if (data.baseVersion !== undefined && data.baseVersion !== inForce.number) {
    throw conflict(refusal('staleBaseVersion', data.baseVersion, inForce.number), 'CTI-LA-3');
  }
  const { changes, studentChanges } = data;
  if (changes.length === 0 && !studentChanges) throw invalid(refusal('noChanges'), 'CTI-LA-3');
  // LA-MINOR: the minor changes recorded under the version in force go into the next version.
  const base = contentInEffect(state) ?? inForce.content;
  const withComponents = changes.length > 0 ? applyChanges(base, changes) : base;
  const content = studentChanges ? applyStudentChanges(withComponents, studentChanges) : withComponents;
  // A row an insertion added is refused beside that change, not a row of the content.
  assertValidContent(content, (field) => changeFieldOf(changes, content, `content.${field}`));
  assertComponentsListed(content);
  if (sameContent(content, base)) throw invalid(refusal('changesLeaveAsIs'), 'CTI-LA-3');
  return [
    {
      type: 'AmendmentProposed',
      data: {
        mobilityId: data.mobilityId,
        proposalNumber: state.proposalCount + 1,
        baseVersion: inForce.number,
        changes,
        ...(studentChanges && { studentChanges }),
        content,
        ...hashedContent(content, data.contentHashKey),
        party,
        by: signerOf(metadata.actor),
        at: metadata.now,
      },
    },
  ];
};

const openProposal = (state: AgreementState, mobilityId: string): AmendmentProposal => {
  requireAgreement(state, mobilityId);
  if (!state.proposal) throw ruleBroken('CTI-LA-3', refusal('noProposalOpen'));
  return state.proposal;
};

/** The third signature makes the proposal the next version; until then the last one stands. */
export const signAmendment = ({ data, metadata }: SignAmendment, state: AgreementState): AgreementEvent[] => {
  const proposal = openProposal(state, data.mobilityId);
  const signature = signRound({
    actor: metadata.actor,
    now: metadata.now,
    content: proposal.content,
    contentHash: proposal.contentHash,
    signatures: proposal.signatures,
    signedHash: data.contentHash,
    proposal: proposal.number,
  });
  const version = state.versions.length + 1;
  const { mobilityId } = data;
  const signed: AgreementEvent = {
    type: 'AmendmentSigned',
    data: { mobilityId, proposalNumber: proposal.number, version, signature },
  };
  const signatures = [...proposal.signatures, signature];
  if (signatures.length < SIGNING_ORDER.length) return [signed];
  const { number: proposalNumber, baseVersion, changes, studentChanges, content, contentHash: hash, contentHashScheme } = proposal;
  return [
    signed,
    {
      type: 'AmendmentApproved',
      data: {
        mobilityId,
        proposalNumber,
        version,
        baseVersion,
        changes,
        ...(studentChanges && { studentChanges }),
        content,
        contentHash: hash,
        ...(contentHashScheme !== undefined && { contentHashScheme }),
        signatures,
        at: metadata.now,
      },
    },
  ];
};

export const rejectAmendment = ({ data, metadata }: RejectAmendment, state: AgreementState): AgreementEvent[] => {
  const proposal = openProposal(state, data.mobilityId);
  const party = requireRejection(metadata.actor, proposal.content, data.comment, proposal.number);
  return [
    {
      type: 'AmendmentRejected',
      data: {
        mobilityId: data.mobilityId,
        proposalNumber: proposal.number,
        contentHash: proposal.contentHash,
        comment: data.comment.trim(),
        voidedSignatures: proposal.signatures,
        party,
        by: signerOf(metadata.actor),
        at: metadata.now,
      },
    },
  ];
};
