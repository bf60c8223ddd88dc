import {
  AgreementState,
  AgreementStatus,
  AgreementSummary,
  RecognitionState,
  StayDateSource,
  RecognitionStatus,
  currentRemedy,
  contentInEffect,
  mobilityAgreementOf,
  schemeKey,
  startedBeforeApproval,
  stayDatesOf,
  sumDecimals,
  versionInForce,
} from '@app/domain';

/** EWP omobility-la stats: the state of the latest version (the draft, or the latest changes proposal). */
export type LatestVersionState = 'approved' | 'rejected' | 'awaiting';

/** Why a stay lengthened the curriculum: a return after the planned end, or an amendment extending the mobility. */
export type Lengthening = 'late-return' | 'extending-mobility';

export type RecognitionFacts = {
  status: RecognitionStatus;
  /** CTI-REC-1 and CTI-REC-5: ECTS of passed components plus ECTS obtained by successful remedies. */
  recognisedEcts: string;
  /** CTI-REC-1: ECTS of the passed components alone, each at most its planned ECTS, recognised automatically on return. */
  automaticEcts: string;
  /** REC-EXCESS: ECTS beyond the plan the sending institution decided to recognise: all that may lift recognised above planned. */
  recognisedBeyondPlanEcts: string;
  /** CTI-REC-5: components failed, not taken or missing, and how many of them have a remedy recorded. */
  failedComponents: number;
  remedied: number;
};

/** What the cohort report asks of one learning agreement, derived from the folded streams. */
export type AgreementFacts = {
  mobilityId: string;
  status: AgreementStatus;
  studentId: string | null;
  sendingHeiId: string | null;
  receivingHeiId: string | null;
  receivingAcademicYear: string | null;
  /** A version signed by all three parties is in force. */
  approved: boolean;
  versionInForce: number | null;
  /** Day version 1 was approved. */
  approvedOn: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  /** The actual start and end: the host's confirmed dates, else the declared ones (LA-STAY). */
  departedOn: string | null;
  returnedOn: string | null;
  /** Which those dates are: confirmed, declared, or only planned (null before any content). */
  stayDateSources: { start: StayDateSource | null; end: StayDateSource | null };
  /** CTI-LA-1: version 1 approved before the actual start; null until the stay has an actual start. */
  signedByAllBeforeDeparture: boolean | null;
  /** CTI-LA-1 as judged on the actual start, confirmed or else declared. */
  findings: 'CTI-LA-1'[];
  /** CTI-LA-3: a version after the first was approved. */
  modifiedAfterApproval: boolean;
  latestVersion: LatestVersionState;
  /** Table A of the version in force, in the ECTS scheme, exactly; '0' before approval. */
  plannedEcts: string;
  /** Table A components of the version in force without an ECTS credit (counted once converted, CTI-REC-3). */
  plannedNotInEcts: string[];
  recognition: RecognitionFacts | null;
  lengthenedCurriculum: Lengthening[];
  /** The domain's view of the stay, for evaluateMobilityStatus; null for a deleted draft. */
  summary: AgreementSummary | null;
};

const dayOf = (at: string) => at.slice(0, 10);

function latestVersionOf(state: AgreementState): LatestVersionState {
  if (state.status === 'amendment-proposed' || state.status === 'signing') return 'awaiting';
  const lastRejection = state.rejections.at(-1);
  if (state.status === 'draft') {
    return lastRejection?.of === 'draft' && lastRejection.contentHash === state.current?.contentHash ? 'rejected' : 'awaiting';
  }
  // Approved: every proposal was approved (a version) or rejected; the latest one decides.
  const amendmentsApproved = state.versions.length - 1;
  return state.proposalCount > amendmentsApproved ? 'rejected' : 'approved';
}

function plannedCredits(state: AgreementState): { plannedEcts: string; plannedNotInEcts: string[] } {
  const components = versionInForce(state)?.content.studiedAbroad ?? [];
  const ects = components.map((component) => ({ component, credit: component.credits.find((c) => schemeKey(c.scheme) === 'ects') }));
  return {
    plannedEcts: sumDecimals(ects.flatMap(({ credit }) => (credit ? [credit.value] : []))),
    plannedNotInEcts: ects.filter(({ credit }) => !credit).map(({ component }) => component.code),
  };
}

function recognitionFacts(recognition: RecognitionState | undefined): RecognitionFacts | null {
  if (!recognition?.outcome) return null;
  return {
    status: recognition.status,
    recognisedEcts: recognition.recognisedEcts,
    automaticEcts: recognition.automaticEcts,
    recognisedBeyondPlanEcts: sumDecimals(recognition.creditLines.flatMap(({ decision }) => (decision ? [decision.ects] : []))),
    failedComponents: recognition.failures.length,
    remedied: recognition.failures.filter((failure) => currentRemedy(failure) !== undefined).length,
  };
}

function lengtheningOf(state: AgreementState): Lengthening[] {
  const plannedEnd = contentInEffect(state)?.plannedEnd;
  const end = stayDatesOf(state).end;
  const late = end !== undefined && end.source !== 'planned' && plannedEnd !== undefined && end.date > plannedEnd;
  const extended = state.versions.some((version) =>
    (version.changes ?? []).some((change) => change.op === 'insert' && change.reason === 'extending-mobility'),
  );
  return [...(late ? ['late-return' as const] : []), ...(extended ? ['extending-mobility' as const] : [])];
}

/** Pure: the facts of one agreement from its folded agreement and recognition streams. */
export function agreementFactsOf(mobilityId: string, state: AgreementState, recognition: RecognitionState | undefined): AgreementFacts {
  const content = contentInEffect(state);
  const firstVersion = state.versions[0];
  const { start, end } = stayDatesOf(state);
  const departedOn = start && start.source !== 'planned' ? start.date : null;
  // CTI-LA-1 is judged on the best-known start: the host's confirmation outranks a declaration (LA-STAY).
  const beforeApproval = startedBeforeApproval(state, start);
  const findings: 'CTI-LA-1'[] = beforeApproval ? ['CTI-LA-1'] : [];
  return {
    mobilityId,
    status: state.status,
    studentId: content?.student.accountId ?? null,
    sendingHeiId: content?.sendingInstitution.heiId ?? null,
    receivingHeiId: content?.receivingInstitution.heiId ?? null,
    receivingAcademicYear: content?.receivingAcademicYear ?? null,
    approved: firstVersion !== undefined,
    versionInForce: versionInForce(state)?.number ?? null,
    approvedOn: firstVersion ? dayOf(firstVersion.approvedAt) : null,
    plannedStart: content?.plannedStart ?? null,
    plannedEnd: content?.plannedEnd ?? null,
    departedOn,
    returnedOn: end && end.source !== 'planned' ? end.date : null,
    stayDateSources: { start: start?.source ?? null, end: end?.source ?? null },
    signedByAllBeforeDeparture: beforeApproval === undefined ? null : !beforeApproval,
    findings,
    modifiedAfterApproval: state.versions.length > 1,
    latestVersion: latestVersionOf(state),
    ...plannedCredits(state),
    recognition: recognitionFacts(recognition),
    lengthenedCurriculum: lengtheningOf(state),
    summary: mobilityAgreementOf(state) ?? null,
  };
}
