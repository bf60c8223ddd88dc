/**
 * A partner of the school: a higher education institution named by its SCHAC code, or a
 * company that hosts interns (named by the id the school gives it, e.g. its VAT number).
 */
export type PartnerKind = 'institution' | 'company';
export type Partner = { id: string; kind: PartnerKind; name?: string; country?: string };

/** The four EWP *-mobility-spec elements of an IIA's cooperation conditions. */
export type MobilityKind = 'student-studies' | 'student-traineeship' | 'staff-teacher' | 'staff-training';
export const MOBILITY_KINDS: readonly MobilityKind[] = ['student-studies', 'student-traineeship', 'staff-teacher', 'staff-training'];

export type SubjectArea = { iscedFCode: string; clarification?: string };
export type LanguageRequirement = { language: string; cefrLevel?: string; iscedFCode?: string };

/** One direction of one kind of mobility, as EWP IIA v7 states it. */
export type CooperationCondition = {
  kind: MobilityKind;
  sendingHeiId: string;
  receivingHeiId: string;
  /** EWP academic-year ids ("2026/2027"), first and last included. */
  firstAcademicYear: string;
  lastAcademicYear: string;
  mobilitiesPerYear: number;
  /** Decimal strings, as EWP gives them: months for students, days for staff. */
  totalMonthsPerYear?: string;
  totalDaysPerYear?: string;
  /** Empty: any subject area. */
  subjectAreas: SubjectArea[];
  /** Empty: any level. */
  eqfLevels: number[];
  languageRequirements: LanguageRequirement[];
  blended?: boolean;
};

/** A partner of an IIA: its SCHAC code, and its own id and code for the IIA when it gave them. */
export type IiaPartner = { heiId: string; iiaId?: string; iiaCode?: string };

/** An inter-institutional agreement between two institutions: whether it is in effect, and its conditions. */
export type Iia = {
  partners: IiaPartner[];
  inEffect: boolean;
  conditions: CooperationCondition[];
  /** EWP's iia-hash of the cooperation conditions, when the IIA came over EWP. */
  iiaHash?: string;
};
