import { AgreementContent } from './agreement.content';

type FieldClass = { kind: 'major' | 'minor'; why: string };

/**
 * Which changes need the three signatures again (major: an amendment, CTI-LA-3) and which are
 * recorded as a minor change under the signatures of the version in force (LA-MINOR). What the
 * parties commit to by signing (CTI-LA-2, CTI-LA-4) is what the student will study and how the
 * school will recognise it, for whom and where: a field whose change would alter that is never
 * minor. Typed over every field of the content, so a new field must be classed here.
 */
export const FIELD_CLASSES: Record<keyof AgreementContent, FieldClass> = {
  studiedAbroad: { kind: 'major', why: 'table A is what the student studies abroad (CTI-LA-2)' },
  recognisedAtHome: { kind: 'major', why: 'table B is how the sending school recognises it (CTI-LA-2, CTI-REC-1)' },
  virtual: { kind: 'major', why: 'table C components are studied and credited like table A' },
  blended: { kind: 'major', why: 'blended components are studied and credited like table A' },
  doctoral: { kind: 'major', why: 'short-term doctoral components are studied and credited like table A' },
  student: { kind: 'major', why: "the student's data are carried by an EWP changes proposal and signed (LA-STUDENT)" },
  sendingInstitution: {
    kind: 'major',
    why: 'the institution is a party; only its contact person changes as a minor change, being a name to write to and not a commitment',
  },
  receivingInstitution: {
    kind: 'major',
    why: 'the institution is a party; only its contact person changes as a minor change, being a name to write to and not a commitment',
  },
  plannedStart: {
    kind: 'minor',
    why: 'within the academic term signed the same components are studied and recognised; another term is another mobility, with its own agreement',
  },
  plannedEnd: {
    kind: 'minor',
    why: 'within the academic term signed the same components are studied and recognised; another term is another mobility, with its own agreement',
  },
  receivingAcademicYear: { kind: 'major', why: 'the year fixes the term the components are taught in and the partnership that covers them (LA-PARTNERSHIP)' },
  eqfLevel: { kind: 'major', why: 'the level of study decides which components and recognition fit' },
  iscedFCode: { kind: 'major', why: 'the subject area is what the inter-institutional agreement covers (LA-PARTNERSHIP)' },
  languageSkill: { kind: 'major', why: 'the language and level of instruction are a condition of the components' },
  mobilityType: { kind: 'major', why: 'a semester, blended, doctoral or traineeship mobility follows different tables and rules' },
  track: { kind: 'major', why: "a student's or an apprentice's stay is judged by different rules (CTI-MOB-5)" },
  stay: { kind: 'major', why: 'an individual or group stay decides whether it counts (CTI-MOB-3)' },
  activity: { kind: 'major', why: 'the activity decides how the stay counts and is recognised (CTI-MOB-6, CTI-DD-1)' },
};
