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
