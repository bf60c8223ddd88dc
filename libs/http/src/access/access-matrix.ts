import type { ActorRole } from '@app/domain';

/**
 * Who may do what, as data: for each action of the API, each role's cell says whether it
 * may act on any resource, only on its own, or never. "Own" is the actor's relation to the
 * resource: a party of the agreement in the role's capacity, the student themselves, the
 * staff of the student's or the school's institution, the auditor of that institution.
 * The AccessGuard applies it to every route before a command or query is built; listings
 * apply the read action to each item. The deciders check writes again (LA-PARTY,
 * STUDENT-ACTOR, SCHOOL-STAFF), command by command.
 */
export type Cell = 'any' | 'own' | 'never';
export type Relation = 'own' | 'other';

/**
 * What an action acts on. Agreements and students are private: whoever may not read one
 * is told it does not exist (404). Schools are public: a refusal says so (403). A new
 * agreement is the one the request body describes. A collection has no resource; its
 * listing is scoped item by item.
 */
export type ResourceKind = 'agreement' | 'new-agreement' | 'student' | 'school' | 'collection';

export interface AccessRule {
  resource: ResourceKind;
  /** The rule id a refusal names. */
  ruleId: string;
  cells: Record<ActorRole, Cell>;
}

const rule = (resource: ResourceKind, ruleId: string, cells: Partial<Record<ActorRole, Cell>>): AccessRule => ({
  resource,
  ruleId,
  cells: { student: 'never', sending: 'never', receiving: 'never', auditor: 'never', admin: 'never', ...cells },
});

const everyone: Record<ActorRole, Cell> = { student: 'any', sending: 'any', receiving: 'any', auditor: 'any', admin: 'any' };
const agreementParties = { student: 'own', sending: 'own', receiving: 'own' } as const;
/** CTI-LA-2, CTI-LA-3: the student and the sending school shape the content; the host signs it. */
const contentAuthors = { student: 'own', sending: 'own' } as const;
const studentRecorders = { student: 'own', sending: 'own', admin: 'any' } as const;
const schoolStaff = { sending: 'own', admin: 'any' } as const;

export const ACCESS_MATRIX = {
  'agreement.list': rule('collection', 'LA-PARTY', everyone),
  'agreement.draft': rule('new-agreement', 'LA-PARTY', contentAuthors),
  'agreement.read': rule('agreement', 'LA-PARTY', { ...agreementParties, auditor: 'own', admin: 'any' }),
  'agreement.edit-draft': rule('agreement', 'LA-PARTY', contentAuthors),
  'agreement.delete-draft': rule('agreement', 'LA-PARTY', contentAuthors),
  'agreement.amend': rule('agreement', 'LA-PARTY', contentAuthors),
  'agreement.record-stay': rule('agreement', 'LA-PARTY', contentAuthors),
  /** Admins run the system and never sign for a party; auditors never act. */
  'agreement.sign': rule('agreement', 'LA-PARTY', agreementParties),
  'agreement.reject': rule('agreement', 'LA-PARTY', { sending: 'own', receiving: 'own' }),
  /** LA-MINOR: each institution changes its own contact person; either changes the dates within the term. */
  'agreement.minor-change': rule('agreement', 'LA-PARTY', { sending: 'own', receiving: 'own' }),
  /** LA-STAY: the host confirms the actual dates, as its certificate of attendance states them. */
  'agreement.confirm-stay': rule('agreement', 'LA-PARTY', { receiving: 'own' }),
  /** LA-PARTNERSHIP: the sending school records an individual convention for a mobility no IIA covers. */
  'agreement.individual-convention': rule('agreement', 'LA-PARTY', { sending: 'own' }),
  'recognition.record-transcript': rule('agreement', 'LA-PARTY', { receiving: 'own' }),
  /** CTI-REC-2, CTI-REC-3, CTI-REC-5: remedies, home units and conversions are the sending school's. */
  'recognition.decide': rule('agreement', 'LA-PARTY', { sending: 'own' }),
  'student.diploma-supplement': rule('collection', 'LA-PARTY', everyone),
  /** Listed item by item: the students of the agreements the reader may read, names opened only for them. */
  'student.list': rule('collection', 'LA-PARTY', { sending: 'any', auditor: 'any', admin: 'any' }),
  'student.read': rule('student', 'STUDENT-ACTOR', { student: 'own', sending: 'own', auditor: 'own', admin: 'any' }),
  /** A student picks their host among their own school's partners: names, countries, IIA coverage, nothing private. */
  'student.read-school-partners': rule('student', 'STUDENT-ACTOR', { student: 'own', sending: 'own', admin: 'any' }),
  'student.record-profile': rule('student', 'STUDENT-ACTOR', schoolStaff),
  /** CTI-MOB-7, CTI-MOB-8: the student declares their own stays and travel. */
  'student.record-stay': rule('student', 'STUDENT-ACTOR', studentRecorders),
  /** CTI-MOB-5, CTI-MOB-6, CTI-MOB-9: what the school does for the stay, and derogations. */
  'student.record-support': rule('student', 'STUDENT-ACTOR', schoolStaff),
  'student.derogation': rule('student', 'STUDENT-ACTOR', schoolStaff),
  /** SURVEY-ONCE: the student answers for themselves; no one answers for them. */
  'student.answer-survey': rule('student', 'STUDENT-ACTOR', { student: 'own' }),
  /** Crypto-shredding of the student's names, email and birth date: run by admins, never undone. */
  'student.erase': rule('student', 'STUDENT-ACTOR', { admin: 'any' }),
  /** Study regulations are public: students and partners read the rules that frame a stay. */
  'school.read-regulations': rule('school', 'SCHOOL-STAFF', everyone),
  'school.configure': rule('school', 'SCHOOL-STAFF', schoolStaff),
  'school.read-incoming': rule('school', 'SCHOOL-STAFF', { sending: 'own', receiving: 'own', auditor: 'own', admin: 'any' }),
  'report.cohort': rule('school', 'REPORT-SCOPE', { sending: 'own', auditor: 'own', admin: 'any' }),
  /** EWP: staff bring in a partner's copy of an agreement; the import checks that the document names their institution. */
  'ewp.import': rule('collection', 'LA-PARTY', { sending: 'any', receiving: 'any', admin: 'any' }),
  /** EWP update requests come from the receiving institution; the decider checks it is the agreement's (LA-PARTY). */
  'ewp.update': rule('collection', 'LA-PARTY', { receiving: 'any' }),
  /** EWP: the receiving institution approves or comments on a partner's agreement, sent to the sending host as an update. */
  'ewp.partner-answer': rule('agreement', 'LA-PARTY', { receiving: 'own' }),
  /** EWP: the host's key pairs are rotated by those who run the system. */
  'ewp.rotate-keys': rule('collection', 'EWP-HOST', { admin: 'any' }),
  /** EWP transcripts come from the receiving institution; the decider checks it is the agreement's (LA-PARTY). */
  'ewp.transcript': rule('collection', 'LA-PARTY', { receiving: 'any' }),
  /** Either partner's international office records the partnership; the decider checks the IIA names theirs. */
  'partnership.record': rule('school', 'PARTNERSHIP-STAFF', { sending: 'own', receiving: 'own', admin: 'any' }),
  'partnership.import': rule('collection', 'PARTNERSHIP-STAFF', { sending: 'any', receiving: 'any', admin: 'any' }),
  /** Listed item by item: the partnerships of the caller's institution. */
  'partnership.list': rule('collection', 'PARTNERSHIP-STAFF', { sending: 'any', receiving: 'any', auditor: 'any', admin: 'any' }),
  /** The institutions register is public, as EWP's registry is; only admins record or correct it. */
  'institution.read': rule('collection', 'INSTITUTION-ADMIN', everyone),
  'institution.record': rule('collection', 'INSTITUTION-ADMIN', { admin: 'any' }),
  /** The record of every message the ledger sent or tried to send: addresses included, so admins only. */
  'admin.messages': rule('collection', 'ADMIN-ONLY', { admin: 'any' }),
} as const satisfies Record<string, AccessRule>;

export type AccessAction = keyof typeof ACCESS_MATRIX;

/** The action whose cell decides whether a private resource's existence may be known. */
export const READ_ACTION: Partial<Record<ResourceKind, AccessAction>> = {
  agreement: 'agreement.read',
  student: 'student.read',
};

/**
 * The routes anyone may call without a token (marked @Public() on their controller); the
 * guard lets them through before the matrix is read. Demo identities answer on the
 * embedded default only (libs/demo).
 */
export const PUBLIC_ROUTES = {
  'health': 'GET /api/health',
  'health.live': 'GET /health/live',
  'health.ready': 'GET /health/ready',
  'metrics': 'GET /metrics',
  'demo.identities': 'GET /api/demo/identities',
  'demo.token': 'POST /api/demo/tokens',
} as const;
