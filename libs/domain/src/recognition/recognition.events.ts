import { eventTypes } from '../event-types';
import { Party, Signer } from '../agreement/agreement.actor';
import { ComponentTable, Credit } from '../agreement/agreement.content';
import { CreditConversion } from '../credits/convert-credit';
import { GradeConversion } from '../credits/grade-conversion';
import { Event } from '../message';
import { AgreementSnapshot, ComponentResult, ExtraCreditsDecision, RemedyKind, RemedyOutcome, TranscriptLine } from './recognition.commands';
import { DoubleDegreeMention } from './double-degree';

type Act = { party: Party; by: Signer; at: string };
type EventOf<Type extends string, Data> = Event<Type, Data & { mobilityId: string }>;

/** A component of the agreement as the transcript left it; 'missing' when no line names it. */
export type ComponentOutcome = {
  code: string;
  title: string;
  table: ComponentTable;
  result: ComponentResult | 'missing';
  credits?: Credit;
  localGrade?: string;
  /** Passed components only: the ECTS and the rule used (CTI-REC-3), or why it is pending. */
  conversion?: CreditConversion;
  /** Passed components with a grade only: the EGRACONS conversion, or the grade kept as is. */
  grade?: GradeConversion;
  /** REC-CREDITS-DIFFER: why the credits obtained are not those planned. */
  creditsDifferenceReason?: string;
};

/** REC-UNPLANNED: a line the agreement does not list, kept with its reason and its conversion, never recognised by itself. */
export type UnplannedOutcome = Omit<ComponentOutcome, 'table' | 'title' | 'result' | 'creditsDifferenceReason'> & {
  title?: string;
  result: ComponentResult;
  reason: string;
};

/** A table-B unit; `recognitionConditions` puts it in the sending institution's hands. */
export type HomeUnitOutcome = { code: string; title: string; credits: Credit[]; recognitionConditions?: string };

/** Every version stays (`transcriptVersion` 1..n), with the agreement version it was read against. */
export type TranscriptRecorded = EventOf<
  'TranscriptRecorded',
  Act & { transcriptVersion: number; agreement: AgreementSnapshot; components: TranscriptLine[]; partnerDegree?: string; correctionReason?: string }
>;
/** What a transcript earns; the state keeps the latest, with the conversions resolved since. */
export type RecognitionOutcome = {
  transcriptVersion: number;
  agreementVersion: number;
  components: ComponentOutcome[];
  homeUnits: HomeUnitOutcome[];
  /** Absent from transcripts recorded before unplanned extras were accepted. */
  unplanned?: UnplannedOutcome[];
  doubleDegree?: DoubleDegreeMention;
  at: string;
};

/** CTI-REC-1: computed from the transcript, by the system, in the same append. */
export type CreditsRecognised = EventOf<'CreditsRecognised', RecognitionOutcome>;
export type ConversionResolved = EventOf<
  'ConversionResolved',
  Act & { componentCode: string; conversion: Extract<CreditConversion, { status: 'converted' }> }
>;
export type RemedyRecorded = EventOf<
  'RemedyRecorded',
  Act & { componentCode: string; remedyNumber: number; kind: RemedyKind; description: string }
>;
export type RemedyClosed = EventOf<
  'RemedyClosed',
  Act & { componentCode: string; remedyNumber: number; outcome: RemedyOutcome; ectsObtained?: string; comment?: string }
>;
export type HomeUnitDecided = EventOf<
  'HomeUnitDecided',
  Act & { homeUnitCode: string; decision: 'recognised' | 'not-recognised'; comment: string }
>;

/**
 * REC-EXCESS: the sending institution's decision on the ECTS beyond the plan of one line of
 * one transcript version; `ects` is what it recognised (0 when it did not).
 */
export type ExtraCreditsDecided = EventOf<
  'ExtraCreditsDecided',
  Act & { componentCode: string; transcriptVersion: number; decision: ExtraCreditsDecision; ects: string; reason: string }
>;

export type RecognitionEvent =
  | TranscriptRecorded
  | ExtraCreditsDecided
  | CreditsRecognised
  | ConversionResolved
  | RemedyRecorded
  | RemedyClosed
  | HomeUnitDecided;

export type RecognitionEventType = RecognitionEvent['type'];

export const RECOGNITION_EVENT_TYPES = eventTypes<RecognitionEventType>({
  TranscriptRecorded: true,
  CreditsRecognised: true,
  ConversionResolved: true,
  RemedyRecorded: true,
  RemedyClosed: true,
  HomeUnitDecided: true,
  ExtraCreditsDecided: true,
});
