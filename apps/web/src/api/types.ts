/** The shapes the API answers with (see /api/docs-json); only what the pages read. */
export type Party = 'student' | 'sending' | 'receiving';
export type AgreementStatus = 'draft' | 'signing' | 'approved' | 'amendment-proposed' | 'deleted';
export type Table = 'studiedAbroad' | 'recognisedAtHome' | 'virtual' | 'blended' | 'doctoral';

export interface Credit { scheme: string; value: string }
export interface Component { code: string; title: string; credits: Credit[]; term?: { number: number; of: number }; recognitionConditions?: string }

export interface Content extends Record<Table, Component[]> {
  student: { givenNames: string; familyName: string; email?: string; accountId?: string } & Partial<Record<StudentField, string>>;
  sendingInstitution: { heiId: string; contactPerson?: ContactPerson };
  receivingInstitution: { heiId: string; organisationalUnit?: string; contactPerson?: ContactPerson };
  plannedStart: string;
  plannedEnd: string;
  receivingAcademicYear: string;
}

export interface ContactPerson { name: string; email: string }

/** LA-MINOR: the fields a minor change touches, only those that change. */
export interface MinorFields { plannedStart?: string; plannedEnd?: string; sendingContactPerson?: ContactPerson; receivingContactPerson?: ContactPerson }
export interface MinorChange { version: number; changes: MinorFields; previous: MinorFields; note: string; party: Party; by: string; at: string }

/** LA-STAY: a date of the stay and where it comes from. */
export interface StayDate { date: string; source: 'confirmed' | 'declared' | 'planned' }

export interface Signature { party: Party; signer: { id: string; name?: string; email?: string }; at: string; contentHash: string }

export interface Version { number: number; content: Content; contentHash: string; signatures: Signature[]; approvedAt: string }

export type Change =
  | { op: 'insert'; table: Table; component: Component; reason: string | { other: string } }
  | { op: 'delete'; table: Table; code: string; reason: string | { other: string } };

export interface Round { content: Content; contentHash: string; signatures: Signature[]; awaiting: Party | null }
/** The student's data an amendment changes (LA-STUDENT), field by field. */
export type StudentChanges = Partial<Record<StudentField, string>>;
export type StudentField = 'givenNames' | 'familyName' | 'globalId' | 'birthDate' | 'citizenship' | 'gender' | 'email';

export interface Proposal extends Round {
  number: number;
  baseVersion: number;
  changes: Change[];
  studentChanges?: StudentChanges;
  proposedBy: { party: Party; id: string };
  proposedAt: string;
}

export interface Rejection { of: { proposalNumber?: number }; contentHash: string; party: Party; by: string; comment: string; at: string }

export interface Withdrawal { proposalNumber: number; contentHash: string; party: Party; by: string; comment?: string; at: string }

export interface Agreement {
  mobilityId: string;
  status: AgreementStatus;
  versionInForce?: Version;
  draft?: Round;
  proposal?: Proposal;
  versions: { number: number; contentHash: string; approvedAt: string }[];
  rejections: Rejection[];
  withdrawals: Withdrawal[];
  contentInEffect?: Content;
  minorChanges: MinorChange[];
  stay: { start?: StayDate; end?: StayDate };
  confirmedStay?: { start?: string; end?: string };
  findings: { ruleId: string; message?: string }[];
  /** What the content lacks or raises without being refused, e.g. what EWP needs (EWP-LA-CONTACT). */
  warnings: AgreementWarning[];
}

export interface AgreementWarning { ruleId: string; field: string; detail: string }

export interface AgreementSummary {
  mobilityId: string;
  status: AgreementStatus;
  studentAccountId: string;
  studentName: string;
  sendingInstitution: string;
  receivingInstitution: string;
  receivingAcademicYear: string;
  versionInForce: number | null;
  awaiting: Party | null;
}

export interface Page<T> { items: T[]; total: number; page: number; pageSize: number }

export interface AuditEntry {
  revision: number;
  type: string;
  recordedAt: string;
  actor: { id: string; name: string | null; role: string; institution: string | null };
  version: number | null;
  contentHash: string | null;
  hash: string;
  sentence: string;
}

export interface Verification { streamId: string; status: 'intact' | 'broken'; events: number; lastHash?: string; brokenAt?: { revision: string; type: string; reason: string } }

/** GET /api/partnerships: the partnerships of the caller's institution, as far as the drafting form reads them. */
export interface PartnershipsAnswer {
  partnerships: { partnershipId: string; partners: { id: string; kind: 'institution' | 'company'; name?: string; country?: string }[] }[];
}
/** GET /api/institutions?q= and GET /api/institutions/:heiId: an institution as the register names it. */
export interface InstitutionEntry { heiId: string; name: string | null; country: string | null; sources: ('register' | 'partner' | 'iia' | 'agreement')[] }

/** GET /api/students?q=: a student of the agreements the reader may read. */
export interface StudentDirectoryLine { studentId: string; name: string; agreements: number }

/** GET /api/students/:studentId: the student's mobility record. */
export interface StudentRecord {
  studentId: string;
  revision: string;
  profile?: { nationality: string; secondaryDiplomaCountry: string; secondaryDiploma: string; cameToFranceToStudy: boolean; track: 'student' | 'apprentice'; schoolId: string; cohort?: string; expectedGraduationYear: number };
  stays: DeclaredStay[];
  records: Array<{ stay: { mobilityId?: string; stayId?: string }; lowCarbonTravel: Partial<Record<'outbound' | 'return', { days: number; mode: string }>>; preparation: string[]; followUp: string[]; debrief: string[]; internshipAgreement?: { reference: string } }>;
  derogation?: { reason: string; decidedBy: string; grantedAt: string; grantedBy: string };
  erased?: { at: string; by: string };
}
export interface DeclaredStay { stayId: string; kind: string; country: string; plannedStart: string; plannedEnd: string; actualStart?: string; actualEnd?: string; stay?: 'individual' | 'group' }

/** GET /api/students/:studentId/mobility-status: the requirement evaluated today. */
export interface MobilityStatusView {
  studentId: string;
  status: string;
  ruleId: string;
  explanation: string;
  minimumWeeks: number;
  weeks: { total: string };
  stays: { key: string; kind: string; country?: string; start: string; end: string; phase: string; counts: boolean; ruleId: string; reason: string; weeks: string; lowCarbonTravelDays?: { recorded: number; counted: number } }[];
}

/** GET /api/schools/:schoolId/regulations. */
export interface StudyRegulations { minimumWeeksAbroad: { student: number; apprentice: number }; lowCarbonTravel: { counts: boolean; maxDays: number }; preparatoryCycleCounts: boolean; partnershipCheck?: boolean }
export interface ConversionRuleView { scheme: string; kind: 'factor' | 'full-load'; factor?: string; divisor?: string; ectsPerFullLoad?: string; source: string; origin: 'school' | 'default' }
export interface SchoolSettings { schoolId: string; configured: boolean; regulations: StudyRegulations; conversionRules: ConversionRuleView[] }

/** GET /api/partnerships: a partnership of the reader's institution, its partners and IIAs. */
export interface PartnershipView {
  partnershipId: string;
  partners: { id: string; kind: 'institution' | 'company'; name?: string; country?: string }[];
  iias: { iiaKey: string; inEffect: boolean; conditions: { kind: string; sendingHeiId: string; receivingHeiId: string; firstAcademicYear: string; lastAcademicYear: string; mobilitiesPerYear: number }[] }[];
}

/** POST /api/students/:studentId/erasure. */
export interface ErasureView { studentId: string; erasedAt: string; erasedBy: string }
