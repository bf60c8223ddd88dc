import {
  AgreementContent,
  AgreementState,
  AgreementWarning,
  AmendmentProposal,
  agreementWarnings,
  contentInEffect,
  stayDatesOf,
  StayDates,
  ApprovedVersion,
  ContentHashScheme,
  Party,
  Signature,
  SignatureReport,
  nextSigner,
  versionInForce,
  Language,
  WARNING_WORDS,
} from '@app/domain';

/** What GET /api/agreements/:id answers: the version in force, what is being signed, the history. */
export interface AgreementView {
  mobilityId: string;
  status: AgreementState['status'];
  /** Stream revision this view was read at. */
  revision: string;
  versionInForce?: ApprovedVersion;
  draft?: { content: AgreementContent; contentHash: string; contentHashScheme?: ContentHashScheme; signatures: Signature[]; awaiting: Party | null };
  proposal?: AmendmentProposal & { awaiting: Party | null };
  versions: Array<Pick<ApprovedVersion, 'number' | 'contentHash' | 'approvedAt' | 'proposalNumber'>>;
  rejections: AgreementState['rejections'];
  /** Proposals their proposer took back before the last signature (CTI-LA-3). */
  withdrawals: AgreementState['withdrawals'];
  /**
   * LA-REPORT: what partners' EWP documents stated about other parties' signatures, each with
   * the time it claims and the content it names. Reports, never signatures: they are not in any
   * `signatures` list and approve nothing.
   */
  reportedSignatures: SignatureReport[];
  /** As declared by the student or the sending school. */
  departedOn?: string;
  returnedOn?: string;
  /** As the receiving institution confirmed them (LA-STAY). */
  confirmedStay?: AgreementState['confirmedStay'];
  /** The dates the ledger goes by, each saying whether it is confirmed, declared or planned. */
  stay: StayDates;
  /** LA-MINOR: changes recorded under the signatures of a version, which stays as signed. */
  minorChanges: AgreementState['minorChanges'];
  /** The version in force with its minor changes: what the agreement says today. Absent before version 1. */
  contentInEffect?: AgreementContent;
  findings: AgreementState['findings'];
  /** LA-PARTNERSHIP, when the sending school checks partnerships. */
  coverage?: AgreementState['coverage'];
  /** What the content in force (or being drafted) raises without being refused. */
  warnings: AgreementWarning[];
}

/** The view, its warnings said in `language`. */
export function toAgreementView(state: AgreementState, revision: bigint | 'no_stream', language: Language = 'en'): AgreementView {
  const inForce = versionInForce(state);
  const effective = contentInEffect(state);
  const beforeVersionOne = state.status === 'draft' || state.status === 'signing' || state.status === 'deleted';
  return {
    mobilityId: state.mobilityId!,
    status: state.status,
    revision: String(revision),
    ...(inForce && { versionInForce: inForce }),
    ...(beforeVersionOne &&
      state.current && {
        draft: {
          ...state.current,
          signatures: state.signatures,
          awaiting: state.status === 'deleted' ? null : (nextSigner(state.signatures) ?? null),
        },
      }),
    ...(state.proposal && { proposal: { ...state.proposal, awaiting: nextSigner(state.proposal.signatures) ?? null } }),
    versions: state.versions.map(({ number, contentHash, approvedAt, proposalNumber }) => ({
      number,
      contentHash,
      approvedAt,
      ...(proposalNumber !== undefined && { proposalNumber }),
    })),
    rejections: state.rejections,
    withdrawals: state.withdrawals ?? [],
    reportedSignatures: state.reportedSignatures,
    ...(state.departedOn && { departedOn: state.departedOn }),
    ...(state.returnedOn && { returnedOn: state.returnedOn }),
    ...(state.confirmedStay && { confirmedStay: state.confirmedStay }),
    stay: stayDatesOf(state),
    minorChanges: state.minorChanges ?? [],
    ...(inForce && { contentInEffect: effective }),
    findings: state.findings,
    ...(state.coverage && { coverage: state.coverage }),
    warnings: effective ? agreementWarnings(effective, WARNING_WORDS[language]) : [],
  };
}
