import type { StayDateSource } from '../agreement/stay-period';

/** The free texts an auditor reads, which a command may not leave empty. */
export type RequiredText = 'decisionReason' | 'decisionComment' | 'remedyDescription' | 'correctionReason';

/**
 * The sentences of the recognition's own refusals (REC-TRANSCRIPT, REC-STAY-BEGUN, REC-DECISION,
 * REC-EXCESS, CTI-REC-2, CTI-REC-3, CTI-REC-5, CTI-LA-4), one table per language
 * (recognition-refusal-words.en.ts, .fr.ts).
 */
export interface RecognitionRefusalWords {
  noTranscriptFor: (mobilityId: string) => string;
  textEmpty: (text: RequiredText) => string;
  decisionOneOf: (decisions: readonly string[]) => string;
  noPendingConversion: (code: string) => string;
  ruleOtherScheme: (ruleScheme: string, code: string, scheme: string) => string;
  refusedForAnExam: (code: string) => string;
  remedyKindOneOf: (kinds: readonly string[]) => string;
  remedyOutcome: () => string;
  ectsObtainedNotDecimal: (value: string) => string;
  stayNotBegun: (date: string, source: StayDateSource) => string;
  correctionReadsOlder: (read: number, recognised: number) => string;
  snapshotHashErased: (hash: string) => string;
  snapshotHashMismatch: (hash: string) => string;
}
