/**
 * Every check of the recognition names one of these ids, in code, error messages and test
 * names. CTI-* come from DOMAIN.md; REC-* are this system's workflow rules.
 */
export const RecognitionRules = {
  'CTI-REC-1': 'credits validated abroad in line with the agreement are recognised automatically on return',
  'CTI-REC-2': 'no additional examination may be imposed to grant those credits',
  'CTI-REC-3': 'credits from outside the EHEA are converted to ECTS and the rule used is recorded',
  'CTI-REC-4': 'the mobility is mentioned in the diploma supplement, with its ECTS',
  'CTI-REC-5': 'a failure (component not passed) is recorded with the remedy chosen',
  'CTI-DD-1': 'a double degree is mentioned in the diploma supplement, never in the title of the French diploma',
  'REC-TRANSCRIPT': 'the receiving institution records the transcript once, then corrects it in new versions; each line names a component of the approved agreement',
  'REC-REMEDY': 'one remedy at a time per failure, recorded and closed by the sending institution',
  'REC-DECISION': 'the sending institution decides once on a home unit the agreement puts in its hands',
} as const;

export type RecognitionRuleId = keyof typeof RecognitionRules;
