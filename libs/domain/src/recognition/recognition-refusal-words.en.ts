import { RecognitionRefusalWords, RequiredText } from './recognition-refusal-words';

const TEXTS: Record<RequiredText, string> = {
  decisionReason: 'the reason for the decision',
  decisionComment: 'the comment on the decision',
  remedyDescription: 'the remedy description',
  correctionReason: 'the reason for the correction',
};

/** The recognition's refusals in English. */
export const ENGLISH_RECOGNITION_REFUSALS: RecognitionRefusalWords = {
  noTranscriptFor: (mobilityId) => `no transcript of records is recorded for mobility ${mobilityId}`,
  textEmpty: (text) => `${TEXTS[text]} is empty`,
  decisionOneOf: (decisions) => `decision must be one of ${decisions.join(', ')}`,
  noPendingConversion: (code) => `${code} has no pending conversion`,
  ruleOtherScheme: (ruleScheme, code, scheme) => `the rule converts ${ruleScheme}, but ${code} is in ${scheme}`,
  refusedForAnExam: (code) => `${code} cannot be refused for an examination: the credits behind it were validated at the host`,
  remedyKindOneOf: (kinds) => `remedy kind must be one of ${kinds.join(', ')}`,
  remedyOutcome: () => 'outcome must be succeeded or failed',
  ectsObtainedNotDecimal: (value) => `ectsObtained "${value}" is not a decimal string`,
  stayNotBegun: (date, source) =>
    `the stay starts on ${date} (${source}): record the transcript from that day on, or record the departure first if the student left earlier`,
  correctionReadsOlder: (read, recognised) => `the correction reads agreement version ${read}, older than version ${recognised} already recognised`,
  snapshotHashErased: (hash) => `the agreement snapshot's hash ${hash} commits to the student's erased data: it cannot be checked`,
  snapshotHashMismatch: (hash) => `the agreement snapshot does not match its content hash ${hash}`,
};
