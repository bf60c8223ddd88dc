/**
 * What the agreement says, in the words of the EWP learning agreement (omobility-las),
 * plus the CTI fields the school reports on. Everything here is covered by the content
 * hash (CTI-LA-4), so every field is plain data: strings, numbers, arrays, records.
 */

/** ISO/IEC 5218, as EWP carries it: 0 not known, 1 male, 2 female, 9 not applicable. */
export const GENDERS = [0, 1, 2, 9] as const;
export type Gender = (typeof GENDERS)[number];

export type Student = {
  /** European Student Identifier (EWP global-id), e.g. urn:schac:personalUniqueCode:int:esi:... */
  globalId: string;
  givenNames: string;
  familyName: string;
  /** ISO date, YYYY-MM-DD. */
  birthDate: string;
  /** ISO 3166-1 alpha-2 country code. */
  citizenship: string;
  /** Absent until EWP or an amendment gives it. */
  gender?: Gender;
  email: string;
  /** The student's login id: the actor whose id matches it acts as the student party. */
  accountId: string;
};

export type ContactPerson = { name: string; email: string };

export type Institution = {
  /** SCHAC code of the higher education institution, e.g. uio.no. */
  heiId: string;
  organisationalUnit?: string;
  contactPerson?: ContactPerson;
};

export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
export type EqfLevel = 6 | 7 | 8;
export type MobilityType = 'semester' | 'blended' | 'short-term-doctoral' | 'traineeship';
export type Track = 'student' | 'apprentice';
export type Stay = 'individual' | 'group';
export type Activity = 'studies' | 'internship' | 'research' | 'double-degree' | 'joint-programme';

/** Credit value as a decimal string ("7.5"), never a float, so the hash and sums stay exact. */
export type Credit = { scheme: string; value: string };

export type Component = {
  code: string;
  title: string;
  credits: Credit[];
  /** EWP term-id: term `number` of `of` terms in the academic year. */
  term?: { number: number; of: number };
  /** EWP Courses API identifiers of the component at its owner institution, when the partner gave them. */
  losId?: string;
  loiId?: string;
  /** Table B only: when present the component is not recognised automatically. */
  recognitionConditions?: string;
  shortDescription?: string;
};

/**
 * EWP component tables: A studied abroad, B recognised at home, C virtual, and the blended
 * and short-term doctoral tables. Always present (possibly empty) so that an absent table and
 * an empty one cannot hash differently.
 */
export const COMPONENT_TABLES = ['studiedAbroad', 'recognisedAtHome', 'virtual', 'blended', 'doctoral'] as const;
export type ComponentTable = (typeof COMPONENT_TABLES)[number];
export type ComponentTables = Record<ComponentTable, Component[]>;

export type AgreementContent = ComponentTables & {
  student: Student;
  sendingInstitution: Institution;
  receivingInstitution: Institution;
  /** ISO dates, YYYY-MM-DD. */
  plannedStart: string;
  plannedEnd: string;
  /** EWP receiving-academic-year-id, e.g. "2026/2027". */
  receivingAcademicYear: string;
  eqfLevel: EqfLevel;
  iscedFCode: string;
  languageSkill: { language: string; cefrLevel: CefrLevel };
  mobilityType: MobilityType;
  track: Track;
  stay: Stay;
  activity: Activity;
};
