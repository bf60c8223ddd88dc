import type { Credit } from '../agreement/agreement.content';

/**
 * The sentences of a transcript's refusals (REC-TRANSCRIPT, CTI-REC-1, REC-UNPLANNED,
 * REC-PLAUSIBLE, REC-CREDITS-DIFFER), one table per language (transcript-refusal-words.en.ts,
 * .fr.ts). `at` names a line by its place and code, e.g. `components[0] (KR610)`.
 */
export interface TranscriptRefusalWords {
  lineTwice: (at: string) => string;
  lineSchemeEmpty: (at: string) => string;
  lineCreditsNotDecimal: (at: string, value: string | undefined) => string;
  lineResult: (at: string, results: readonly string[]) => string;
  gradeTableRow: (at: string) => string;
  hostFullLoad: (scheme: string) => string;
  componentsNotAList: () => string;
  malformedTranscript: (problems: string) => string;
  notInAgreement: (code: string, version: number) => string;
  amendOrUnplanned: () => string;
  plannedNotExtra: (code: string, version: number) => string;
  extraWithoutReason: (code: string) => string;
  unplannedInstead: () => string;
  correctTranscriptCredits: () => string;
  creditsDiffer: (code: string, obtained: Credit, version: number, planned: readonly Credit[]) => string;
  differInstead: () => string;
  /** The lines' problems said together, then what to do instead. */
  linesRefused: (problems: string, instead: string) => string;
}
