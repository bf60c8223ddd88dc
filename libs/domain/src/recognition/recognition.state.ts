import { AgreementSnapshot, RemedyKind, RemedyOutcome, TranscriptLine } from './recognition.commands';
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
  /** Derived from the above on every event, never typed in: */
  failures: Failure[];
  homeUnits: HomeUnit[];
  /** Codes of passed components whose credits still lack a conversion rule (CTI-REC-3). */
  pendingConversions: string[];
  /** ECTS of passed components plus ECTS obtained by successful remedies. */
  recognisedEcts: string;
  doubleDegree?: DoubleDegreeMention;
};

export const initialRecognitionState = (): RecognitionState => ({
  status: 'awaiting-transcript',
  transcripts: [],
  remedies: {},
  decisions: {},
  failures: [],
  homeUnits: [],
  pendingConversions: [],
  recognisedEcts: '0',
});

/** The remedy that counts for a failure: the last one recorded. */
export const currentRemedy = (failure: Pick<Failure, 'remedies'>): Remedy | undefined => failure.remedies.at(-1);
