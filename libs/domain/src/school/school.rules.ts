/**
 * Ids the school's settings check. CTI-* come from DOMAIN.md; SCHOOL-* are this system's
 * workflow rules for the settings stream.
 */
export const SchoolRules = {
  'CTI-MOB-1': 'a stay abroad is mandatory; preparatory-cycle stays count only when the school supervises them',
  'CTI-MOB-5': 'apprentices spend at least 9 weeks abroad; no school setting goes below it',
  'CTI-MOB-8': 'low-carbon travel days count in the stay only as the study regulations say, up to a maximum',
  'CTI-REC-3': 'credits from outside the EHEA are converted to ECTS by a rule the school records',
  'SCHOOL-STAFF': "only the school's own sending staff, or an admin, change its settings",
  'SCHOOL-SETTINGS': 'settings are well formed (whole weeks and days, grade distributions summing to 100)',
  'SURVEY-QUESTION-SET': 'the participants’ survey has 1 to 20 questions, each a rating from 1 to 5 or free text, asked during the stay, after the return or both, required or not; at least one rating is asked after the return',
  'SURVEY-QUESTION-ID': 'each survey question has its own id (lowercase letters, digits and hyphens, at most 40); an id keeps the kind it was first asked with, so that its answers compare',
  'SURVEY-QUESTION-WORDING': 'each survey question is worded in French and in English, at most 300 characters each',
} as const;

export type SchoolRuleId = keyof typeof SchoolRules;
