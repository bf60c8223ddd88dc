import { TranscriptRefusalWords } from './transcript-refusal-words';

/** A transcript's refusals in English. */
export const ENGLISH_TRANSCRIPT_REFUSALS: TranscriptRefusalWords = {
  lineTwice: (at) => `${at}: appears twice`,
  lineSchemeEmpty: (at) => `${at}: credit scheme is empty`,
  lineCreditsNotDecimal: (at, value) => `${at}: credits "${value}" are not a decimal string`,
  lineResult: (at, results) => `${at}: result must be one of ${results.join(', ')}`,
  gradeTableRow: (at) => `${at} needs a grade and a decimal percentage`,
  hostFullLoad: (scheme) => `hostFullLoad.${scheme} must be a positive decimal`,
  componentsNotAList: () => 'malformed transcript: components must be a list',
  malformedTranscript: (problems) => `malformed transcript: ${problems}`,
  notInAgreement: (code, version) => `${code} is not in the components of agreement version ${version}`,
  amendOrUnplanned: () => 'amend the agreement first, or record the line as an unplanned extra with unplanned.reason',
  plannedNotExtra: (code, version) => `${code} is a component of agreement version ${version}, not an unplanned extra`,
  extraWithoutReason: (code) => `unplanned extra ${code} gives no reason`,
  unplannedInstead: () => 'drop unplanned from lines the agreement lists, and say why each extra was taken in unplanned.reason',
  correctTranscriptCredits: () => 'correct the credits to what the transcript of records states',
  creditsDiffer: (code, obtained, version, planned) =>
    `${code} obtains ${obtained.value} ${obtained.scheme} where agreement version ${version} plans ${
      planned.length ? planned.map(({ value, scheme }) => `${value} ${scheme}`).join(' or ') : 'no credits'
    }`,
  linesRefused: (problems, instead) => `${problems}: ${instead}`,
  differInstead: () => 'correct the credits, or state why they differ in creditsDifferenceReason',
};
