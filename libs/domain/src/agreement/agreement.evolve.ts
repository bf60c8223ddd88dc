import { laterEvent } from '../exhaustive';
import { Party } from './agreement.actor';
import { AgreementContent } from './agreement.content';
import { AgreementEvent } from './agreement.events';
import { AgreementState, ContentVersion } from './agreement.state';

/** Folds one fact into the state. Never refuses: whatever was appended did happen. */
export const evolveAgreement = (state: AgreementState, event: AgreementEvent): AgreementState => {
  const { type, data } = event;
  switch (type) {
    case 'AgreementDrafted':
      return { ...state, status: 'draft', mobilityId: data.mobilityId, current: version(data), signatures: [] };
    case 'DraftEdited':
      return { ...state, status: 'draft', current: version(data), signatures: [] };
    case 'DraftDeleted':
      return { ...state, status: 'deleted', signatures: [] };
    case 'AgreementSigned':
      return { ...state, status: 'signing', signatures: [...state.signatures, data.signature] };
    case 'AgreementRejected':
      return {
        ...state,
        status: 'draft',
        signatures: [],
        rejections: [...state.rejections, { of: 'draft', ...rejection(data) }],
      };
    case 'AgreementApproved':
      return {
        ...state,
        status: 'approved',
        current: version(data),
        signatures: [],
        versions: [...state.versions, { number: data.version, ...version(data), signatures: data.signatures, approvedAt: data.at }],
      };
    case 'AmendmentProposed':
      return {
        ...state,
        status: 'amendment-proposed',
        proposalCount: data.proposalNumber,
        proposal: {
          number: data.proposalNumber,
          baseVersion: data.baseVersion,
          changes: data.changes,
          ...(data.studentChanges && { studentChanges: data.studentChanges }),
          ...version(data),
          signatures: [],
          proposedBy: { party: data.party, id: data.by.id },
          proposedAt: data.at,
        },
      };
    case 'AmendmentSigned':
      return state.proposal
        ? { ...state, proposal: { ...state.proposal, signatures: [...state.proposal.signatures, data.signature] } }
        : state;
    case 'AmendmentRejected':
      return {
        ...state,
        status: 'approved',
        proposal: undefined,
        rejections: [...state.rejections, { of: { proposalNumber: data.proposalNumber }, ...rejection(data) }],
      };
    case 'AmendmentWithdrawn': {
      const { proposalNumber, contentHash, party, by, comment, at } = data;
      // A state a projection stored before withdrawals existed has no list yet.
      const withdrawal = { proposalNumber, contentHash, party, by: by.id, ...(comment !== undefined && { comment }), at };
      return { ...state, status: 'approved', proposal: undefined, withdrawals: [...(state.withdrawals ?? []), withdrawal] };
    }
    case 'AmendmentApproved':
      return {
        ...state,
        status: 'approved',
        current: version(data),
        proposal: undefined,
        versions: [
          ...state.versions,
          {
            number: data.version,
            ...version(data),
            signatures: data.signatures,
            approvedAt: data.at,
            proposalNumber: data.proposalNumber,
            changes: data.changes,
            ...(data.studentChanges && { studentChanges: data.studentChanges }),
          },
        ],
      };
    case 'SignatureReportedByPartner': {
      // A report never touches the signatures, the status or the versions (LA-REPORT). A state a
      // projection stored before reports existed has no list yet.
      const { mobilityId: _mobilityId, ...report } = data;
      return { ...state, reportedSignatures: [...(state.reportedSignatures ?? []), report] };
    }
    case 'DepartureRecorded':
      return {
        ...state,
        departedOn: data.date,
        findings: [
          ...state.findings,
          ...data.findings.map((ruleId) => ({
            ruleId,
            detail: `departure on ${data.date} before the agreement was approved`,
            at: data.at,
            basis: 'declared' as const,
          })),
        ],
      };
    case 'ReturnRecorded':
      return { ...state, returnedOn: data.date };
    case 'StayDatesConfirmed':
      return {
        ...state,
        confirmedStay: {
          ...((data.start ?? state.confirmedStay?.start) && { start: data.start ?? state.confirmedStay?.start }),
          ...((data.end ?? state.confirmedStay?.end) && { end: data.end ?? state.confirmedStay?.end }),
          confirmedAt: data.at,
          by: data.by.id,
        },
        findings: [
          ...state.findings,
          ...data.findings.map((ruleId) => ({
            ruleId,
            detail: `stay confirmed by the host as started on ${data.start} before the agreement was approved`,
            at: data.at,
            basis: 'confirmed' as const,
          })),
        ],
      };
    case 'MinorChangeRecorded': {
      const { version: number, changes, previous, note, party, by, at } = data;
      // A state a projection stored before minor changes existed has no list yet.
      return { ...state, minorChanges: [...(state.minorChanges ?? []), { version: number, changes, previous, note, party, by: by.id, at }] };
    }
    case 'PartnershipCoverageAssessed':
      return { ...state, coverage: data.coverage };
    case 'IndividualConventionRecorded':
      return { ...state, coverage: { status: 'individual-convention', reference: data.reference } };
    default:
      return laterEvent(event, state);
  }
};

const version = (data: ContentVersion) => ({
  content: data.content,
  contentHash: data.contentHash,
  ...(data.contentHashScheme !== undefined && { contentHashScheme: data.contentHashScheme }),
});

type RejectionData = { contentHash: string; party: Party; by: { id: string }; comment: string; at: string };
const rejection = (data: RejectionData) => ({
  contentHash: data.contentHash,
  party: data.party,
  by: data.by.id,
  comment: data.comment,
  at: data.at,
});
