/**
 * What EWP needs of the content before an agreement can go to a partner (omobility-las). A
 * draft lacking it is not refused (the student may not know the host's contact yet): the view
 * warns, and the EWP export refuses with the same id (exchange-gaps.ts holds the one list).
 */
export const ExchangeRules = {
  'EWP-LA-CONTACT': 'an EWP learning agreement names a contact person, with a name and an email address, at both institutions',
  'EWP-LA-STUDENT': "an EWP learning agreement carries the student's given names, family name, European Student Identifier, birth date, citizenship and email",
  'EWP-LA-ISCED': "an EWP learning agreement names the ISCED-F 2013 field of education closest to the student's programme (2 to 4 digits)",
  'EWP-LA-EQF': "an EWP learning agreement gives the EQF level of the student's programme at departure (1 to 8)",
  'EWP-LA-LANGUAGE': 'an EWP learning agreement names the main language of instruction (a BCP 47 code) and the CEFR level the student has or will reach (A1 to C2)',
} as const;

/**
 * Every check in the agreement names one of these ids, in code, error messages and test
 * names. CTI-* come from DOMAIN.md (the CTI text); LA-* are this system's workflow rules,
 * taken from the EWP learning-agreement workflow where EWP has one.
 */
export const AgreementRules = {
  'CTI-LA-1': 'the three parties sign the learning agreement before departure',
  'CTI-LA-2': 'the agreement lists the components at the host and how the sending institution recognises them',
  'CTI-LA-3': 'an approved agreement changes only through an amendment all parties approve',
  'CTI-LA-4': 'a signature binds one exact content, named by its hash',
  'LA-PARTY': 'only the parties named in the agreement act on it; auditors and admins never act for them',
  'LA-ORDER': 'signatures come in EWP order: student, sending institution, receiving institution',
  'LA-REJECT': 'only an institution rejects, and says in a comment what to change',
  'LA-DELETE': 'a draft can be deleted only until an institution has signed it',
  'LA-REPORT':
    "a party signs only as itself, through the ledger; what a partner's document says another party signed is recorded as the partner's report, with the time it claims kept apart, and never counts as that party's signature, approves a version or clears a CTI-LA-1 finding",
  'LA-STAY':
    'a departure and a return are recorded once each, as days that happened, the return after the departure; the receiving institution confirms the actual start and end, which outrank the declared dates',
  'LA-MINOR':
    "a change that leaves what was signed as it is (the planned dates within the academic term signed, an institution's own contact person) is recorded with a note under the signatures of the version in force, without new signatures; any other change is an amendment",
  'LA-PARTNERSHIP':
    "the receiving institution signs once an IIA in effect covers both institutions, the academic year and the subject area, or the sending school has recorded an individual convention for the mobility (when its study regulations check partnerships)",
  'LA-STUDENT':
    "an amendment changes only the student's data an EWP changes proposal carries (names, ESI, birth date, citizenship, gender, email), each well formed and other than in the version in force",
  'LA-CONTENT': 'the content is well formed (ISO dates, EWP codes, decimal credits, unique component codes)',
  'LA-CREDITS': "every component's credits are above zero and at most one academic year in their scheme (60 ECTS)",
  'LA-TERM-CREDITS': "a warning, never a refusal: a term's ECTS in table A outside two thirds to four thirds of a full-time term (20 to 40 for a semester)",
  ...ExchangeRules,
} as const;

export type AgreementRuleId = keyof typeof AgreementRules;
