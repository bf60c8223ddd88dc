import { Credit } from '../agreement/agreement.content';
import { AgreementSnapshot, ComponentResult, ExtraCreditsDecision, RemedyKind, RemedyOutcome, TranscriptLine } from './recognition.commands';
import { HomeUnitOutcome, RecognitionOutcome } from './recognition.events';
import { DoubleDegreeMention } from './double-degree';

/**
 * - `awaiting-transcript`: nothing recorded yet.
 * - `pending`: a failure lacks a closed remedy, a home unit awaits a decision or a remedy, or
 *   a conversion lacks a rule.
 * - `complete`: none of those; a later correction of the transcript may reopen it.
 */
export type RecognitionStatus = 'awaiting-transcript' | 'pending' | 'complete';

/**
 * - `recognised`: automatically (CTI-REC-1), after every failure was remedied, or by decision.
 * - `awaiting-remedy`: a failure of the host components has no closed remedy yet (CTI-REC-5).
 * - `awaiting-decision`: conditions in table B, or a remedy that failed: the sending party decides.
 * - `not-recognised`: by the sending party's decision, with its comment.
 */
export type HomeUnitStatus = 'recognised' | 'not-recognised' | 'awaiting-remedy' | 'awaiting-decision';

export type Remedy = {
  number: number;
  kind: RemedyKind;
  description: string;
  recordedBy: string;
  recordedAt: string;
  closed?: { outcome: RemedyOutcome; ectsObtained?: string; comment?: string; by: string; at: string };
};

export type Failure = { code: string; title: string; result: 'failed' | 'not-taken' | 'missing'; remedies: Remedy[] };

export type HomeUnitDecisionRecord = { decision: 'recognised' | 'not-recognised'; comment: string; by: string; at: string };

export type HomeUnit = HomeUnitOutcome & {
  status: HomeUnitStatus;
  basis?: 'automatic' | 'after-remedy' | 'decision';
  decision?: HomeUnitDecisionRecord;
};

export type ExtraCreditsDecisionRecord = {
  componentCode: string;
  transcriptVersion: number;
  decision: ExtraCreditsDecision;
  ects: string;
  reason: string;
  by: string;
  at: string;
};

/**
 * - `recognised`: passed, within the plan: its ECTS count automatically (CTI-REC-1).
 * - `awaiting-decision`: passed with ECTS beyond the plan (or unplanned): the planned part
 *   counts, the rest waits for the sending institution (REC-EXCESS).
 * - `decided`: that decision is recorded for the current transcript version.
 * - `awaiting-conversion`: passed in a scheme without a rule yet (CTI-REC-3).
 * - `not-passed`: failed, not taken or missing: remedies make it good (CTI-REC-5).
 */
export type CreditLineStatus = 'recognised' | 'awaiting-decision' | 'decided' | 'awaiting-conversion' | 'not-passed';

/** One line of the latest transcript, planned against obtained, and what of it counts. */
export type CreditLine = {
  code: string;
  title?: string;
  /** `agreement`: a component of the version read; `unplanned`: an extra (REC-UNPLANNED). */
  source: 'agreement' | 'unplanned';
  result: ComponentResult | 'missing';
  planned: Credit[];
  obtained?: Credit;
  /** REC-CREDITS-DIFFER and REC-UNPLANNED: the reasons the line carries. */
  creditsDifferenceReason?: string;
  unplannedReason?: string;
  /** The planned credits in ECTS, measured in the scheme obtained; absent when the plan has none to measure. */
  plannedEcts?: string;
  obtainedEcts?: string;
  /** CTI-REC-1: at most the planned ECTS. */
  automaticEcts: string;
  /** REC-EXCESS: the obtained ECTS the plan does not cover. */
  beyondPlanEcts: string;
  decision?: ExtraCreditsDecisionRecord;
  recognisedEcts: string;
  status: CreditLineStatus;
};

export type TranscriptVersion = {
  version: number;
  agreementVersion: number;
  agreementContentHash: string;
  components: TranscriptLine[];
  correctionReason?: string;
  by: string;
  at: string;
};

export type RecognitionState = {
  status: RecognitionStatus;
  mobilityId?: string;
  /** The agreement version the latest transcript was read against. */
  agreement?: AgreementSnapshot;
  partnerDegree?: string;
  transcripts: TranscriptVersion[];
  outcome?: RecognitionOutcome;
  /** By component code; kept across corrections, and counted while the component still fails. */
  remedies: Record<string, Remedy[]>;
  /** By home unit code; a decision is the sending party's act and stands across corrections. */
  decisions: Record<string, HomeUnitDecisionRecord>;
  /** REC-EXCESS, every decision kept; one counts only for the transcript version it was taken on. */
  extraCreditDecisions: ExtraCreditsDecisionRecord[];
  /** Derived from the above on every event, never typed in: */
  failures: Failure[];
  homeUnits: HomeUnit[];
  /** Codes of passed components whose credits still lack a conversion rule (CTI-REC-3). */
  pendingConversions: string[];
  /** The latest transcript's lines, planned against obtained (none before a transcript). */
  creditLines: CreditLine[];
  /** CTI-REC-1: ECTS of passed components, each at most its planned ECTS. */
  automaticEcts: string;
  /** The automatic ECTS, plus ECTS beyond the plan the sending institution recognised, plus ECTS obtained by successful remedies. */
  recognisedEcts: string;
  doubleDegree?: DoubleDegreeMention;
};

export const initialRecognitionState = (): RecognitionState => ({
  status: 'awaiting-transcript',
  transcripts: [],
  remedies: {},
  decisions: {},
  extraCreditDecisions: [],
  creditLines: [],
  automaticEcts: '0',
  failures: [],
  homeUnits: [],
  pendingConversions: [],
  recognisedEcts: '0',
});

/** The remedy that counts for a failure: the last one recorded. */
export const currentRemedy = (failure: Pick<Failure, 'remedies'>): Remedy | undefined => failure.remedies.at(-1);
