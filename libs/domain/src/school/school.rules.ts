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
} as const;

export type SchoolRuleId = keyof typeof SchoolRules;
