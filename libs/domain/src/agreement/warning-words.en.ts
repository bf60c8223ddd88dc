import { WarningWords } from './warning-words';

/** An agreement's warnings in English. */
export const ENGLISH_WARNINGS: WarningWords = {
  institution: (side, heiId) => `the ${side} institution${heiId ? ` (${heiId})` : ''}`,
  contactMissing: (who) =>
    `Name a contact person at ${who}, with a name and an email address (the departmental coordinator or the international relations office): EWP sends one for each institution.`,
  contactName: (who) => `Give the name of the contact person at ${who}: EWP sends their given names and family name.`,
  contactEmail: (who) => `Give the email address of the contact person at ${who}: EWP sends it, and a partner refuses a malformed one.`,
  studentField: {
    givenNames: 'given names',
    familyName: 'family name',
    globalId: 'European Student Identifier (ESI)',
    birthDate: 'birth date',
    citizenship: 'citizenship (ISO 3166-1 country code such as FR)',
    email: 'email address',
  },
  studentGap: (what) => `Give the student's ${what}: EWP sends it to the receiving institution.`,
  isced: "Give the ISCED-F 2013 code (2 to 4 digits, e.g. 0714) of the field closest to the student's programme: EWP requires it.",
  eqf: "Give the EQF level of the student's programme at departure (7 for the engineering cycle): EWP requires it.",
  language: 'Give the main language of instruction at the host as a language code (e.g. en, de, pl): EWP requires it.',
  cefr: 'Give the CEFR level (A1 to C2) the student has, or will reach before the stay, in that language: EWP requires it.',
  termCredits: ({ number, of, total, low, from, to }) =>
    `term ${number} of ${of} lists ${total} ECTS in table A, ${low ? 'below' : 'above'} a full-time load of ${from} to ${to} ECTS: check the components and their credits`,
};
