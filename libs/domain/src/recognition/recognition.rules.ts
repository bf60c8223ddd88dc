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
  'REC-STAY-BEGUN': "a transcript is recorded only from the stay's first day on, as confirmed, declared or else planned",
  'REC-EMPTY': 'a transcript lists at least one line; failed and not-taken components are lines too',
  'REC-UNPLANNED': 'a line the agreement does not list is recorded only as an unplanned extra with its reason, and is never recognised automatically',
  'REC-CREDITS-DIFFER': "a passed line whose credits differ from the component's planned credits states why",
  'REC-PLAUSIBLE': "a line's credits are above zero (zero allowed when failed or not taken) and at most one academic year in their scheme",
  'REC-EXCESS':
    "credits beyond a component's planned credits, and unplanned extras, are recognised only by a recorded decision of the sending institution, once per line and transcript version; a remedy earns at most the ECTS planned for the component it makes up",
} as const;

export type RecognitionRuleId = keyof typeof RecognitionRules;
