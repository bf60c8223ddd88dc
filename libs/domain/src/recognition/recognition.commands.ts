import { CommandMetadata } from '../agreement/agreement.commands';
import { AgreementContent, Credit } from '../agreement/agreement.content';
import { ContentHashKey, ContentHashScheme } from '../agreement/content-hash';
import { StayDate } from '../agreement/stay-period';
import { ConversionRule } from '../credits/conversion-rule';
import { HostFullLoads } from '../credits/convert-credit';
import { GradeDistribution } from '../credits/grade-conversion';
import { Command } from '../message';

type CommandOf<Type extends string, Data extends object = object> = Command<Type, Data & { mobilityId: string }, CommandMetadata>;

/**
 * The approved version the handler read from `agreement-<mobilityId>`, carried in the
 * command so the decider stays pure. Departure and return, when recorded, date the stay.
 */
export type AgreementSnapshot = {
  versionNumber: number;
  content: AgreementContent;
  contentHash: string;
  /** How the version's hash was computed, from scheme 2 on (CTI-LA-4). */
  contentHashScheme?: ContentHashScheme;
  departedOn?: string;
  returnedOn?: string;
};

export type ComponentResult = 'passed' | 'failed' | 'not-taken';

/**
 * A course the transcript lists and the agreement does not (REC-UNPLANNED): kept on the
 * record with why it was taken, and recognised only by a decision of the sending
 * institution (REC-EXCESS), never automatically (CTI-REC-1 recognises what is in line).
 */
export type UnplannedComponent = { title?: string; reason: string };

/** One line of the transcript of records, matched by code to a component of the agreement. */
export type TranscriptLine = {
  code: string;
  /** The credits obtained, in the host's scheme. */
  credits: Credit;
  localGrade?: string;
  result: ComponentResult;
  /** The host's EGRACONS table for the field, when it publishes one. */
  hostGradeDistribution?: GradeDistribution;
  /** Present only for a code the agreement does not list. */
  unplanned?: UnplannedComponent;
  /** REC-CREDITS-DIFFER: why a passed line's credits are not those the agreement plans. */
  creditsDifferenceReason?: string;
};

export type TranscriptData = {
  agreement: AgreementSnapshot;
  /** REC-STAY-BEGUN: the start of the stay as the agreement best knows it (`stayStartOf`). */
  stayStart: StayDate;
  components: TranscriptLine[];
  /** The school's conversion rules in force (CTI-REC-3), e.g. DEFAULT_CONVERSION_RULES. */
  conversionRules: ConversionRule[];
  /** The host's full load per scheme, for full-load rules ("au-credit-points": "24"). */
  hostFullLoad?: HostFullLoads;
  /** The school's own EGRACONS tables, by ISCED-F code of the field. */
  homeGradeDistributions?: Record<string, GradeDistribution>;
  /** Double degrees (CTI-DD-1): the degree the host awards, for the diploma supplement. */
  partnerDegree?: string;
  /**
   * The student's content-hash key, looked up by the handler to check a scheme 2 snapshot
   * against its hash (CTI-LA-4); absent once the student's data was erased. Never recorded.
   */
  contentHashKey?: ContentHashKey;
};

/** By the receiving institution, once; CTI-REC-1 computes the recognition from it. */
export type RecordTranscript = CommandOf<'RecordTranscript', TranscriptData>;
/** A new version of the transcript; earlier versions stay in the history. */
export type CorrectTranscript = CommandOf<'CorrectTranscript', TranscriptData & { reason: string }>;

export const REMEDY_KINDS = [
  'home-component',
  'credits-from-other-component',
  'later-session',
  'resit-at-host',
  'waived',
  'other',
] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];

/** CTI-REC-5, by the sending institution: how a failed, not taken or missing component is made good. */
export type RecordRemedy = CommandOf<'RecordRemedy', { componentCode: string; kind: RemedyKind; description: string }>;
export type RemedyOutcome = 'succeeded' | 'failed';
export type CloseRemedy = CommandOf<
  'CloseRemedy',
  { componentCode: string; outcome: RemedyOutcome; ectsObtained?: string; comment?: string }
>;

/**
 * The sending institution's decision on a home unit left in its hands (conditions in table B,
 * or a remedy that failed). 'additional-exam' is always refused (CTI-REC-2): it is named so
 * the refusal is explicit rather than a malformed request.
 */
export type HomeUnitDecision = 'recognised' | 'not-recognised' | 'additional-exam';
export type RecogniseHomeUnit = CommandOf<'RecogniseHomeUnit', { homeUnitCode: string; decision: HomeUnitDecision; comment: string }>;

/** CTI-REC-3: the sending institution gives the rule a pending conversion lacked. */
export type ResolveConversion = CommandOf<'ResolveConversion', { componentCode: string; rule: ConversionRule; hostFullLoad?: string }>;

/**
 * REC-EXCESS, by the sending institution: whether credits the plan does not cover (above a
 * component's planned credits, or an unplanned extra) are recognised, with the reason. Once
 * per line and transcript version: a correction may change what there is to decide.
 */
export type ExtraCreditsDecision = 'recognised' | 'not-recognised';
export type DecideExtraCredits = CommandOf<'DecideExtraCredits', { componentCode: string; decision: ExtraCreditsDecision; reason: string }>;

export type RecognitionCommand =
  | RecordTranscript
  | DecideExtraCredits
  | CorrectTranscript
  | RecordRemedy
  | CloseRemedy
  | RecogniseHomeUnit
  | ResolveConversion;
