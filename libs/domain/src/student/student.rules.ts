/**
 * Ids the student's record checks. CTI-* come from DOMAIN.md; STUDENT-* are this system's
 * workflow rules for the student stream.
 */
export const StudentRules = {
  'CTI-MOB-1': 'a preparatory-cycle stay says whether the school supervised it',
  'CTI-MOB-4': 'internationalisation at home involves no travel abroad',
  'CTI-MOB-5': 'an apprentice’s stay abroad follows one of two legal modalities, chosen by the employer',
  'CTI-MOB-6': 'an internship abroad is covered by a tripartite internship agreement',
  'CTI-MOB-7': 'a gap period is at the student’s sole initiative: only the student declares one',
  'CTI-MOB-8': 'low-carbon travel is by train, bus, car-sharing or bicycle, in whole days',
  'CTI-MOB-9': 'the school prepares, follows and debriefs the student, on dates it records',
  'STUDENT-ACTOR': "the school's sending staff and admins record; the student declares stays and travel; auditors never act",
  'STUDENT-PROFILE': 'a profile is recorded before anything else, and is well formed',
  'STUDENT-STAY': 'a stay is well formed (ISO dates in order, actual dates not in the future) and declared once',
  'STUDENT-DEROGATION': 'a derogation has a reason and who decided it; one at a time',
  'SURVEY-ONCE': 'a student answers the survey on a mobility once for each moment (during the stay, after the return), and no more once their personal data is erased',
  'SURVEY-MOMENT': 'the survey during the stay is answered once the departure is recorded, the one after the return once the return is',
  'SURVEY-RATING': 'each rating of the survey is a whole number from 1 to 5',
  'SURVEY-QUESTION': 'an answer names a question the school’s survey in force asks at that moment; a free-text answer is at most 4000 characters',
  'SURVEY-REQUIRED': 'every required question the school’s survey asks at that moment is answered',
} as const;

export type StudentRuleId = keyof typeof StudentRules;
