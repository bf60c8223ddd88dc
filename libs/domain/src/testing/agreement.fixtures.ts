import { Actor } from '../agreement/agreement.actor';
import { AgreementCommand } from '../agreement/agreement.commands';
import { AgreementContent, Component } from '../agreement/agreement.content';
import { agreementDecider } from '../agreement/agreement.decider';
import { AgreementEvent } from '../agreement/agreement.events';
import { contentHash } from '../agreement/content-hash';
import { deciderSpecification, historyOf } from './decider-specification';

export const MOBILITY_ID = 'c442c289-5541-4cae-9edb-8ad83e133613';
export const NOW = '2026-01-15T09:00:00.000Z';

export const student: Actor = { id: 'acc-ivan', role: 'student', name: 'Ivan Sidorov', email: 'ivan@example.com' };
export const sendingStaff: Actor = { id: 'staff-anders', role: 'sending', institution: 'insa-lyon.fr', name: 'Anders Bardal' };
export const receivingStaff: Actor = { id: 'staff-pawel', role: 'receiving', institution: 'uw.edu.pl', name: 'Paweł Kowalski' };
export const otherStudent: Actor = { id: 'acc-olga', role: 'student' };
export const otherSchoolStaff: Actor = { id: 'staff-x', role: 'sending', institution: 'other.fr' };
export const auditor: Actor = { id: 'cti-expert', role: 'auditor' };
export const admin: Actor = { id: 'root', role: 'admin', institution: 'insa-lyon.fr' };

export const aComponent = (code: string, ects = '6', more: Partial<Component> = {}): Component => ({
  code,
  title: `Course ${code}`,
  credits: [{ scheme: 'ects', value: ects }],
  term: { number: 2, of: 2 },
  ...more,
});

export const aContent = (overrides: Partial<AgreementContent> = {}): AgreementContent => ({
  student: {
    globalId: 'urn:schac:personalUniqueCode:int:esi:insa-lyon.fr:1234567890',
    givenNames: 'Ivan Petrovich',
    familyName: 'Sidorov',
    birthDate: '2003-05-05',
    citizenship: 'FR',
    email: 'ivan@example.com',
    accountId: student.id,
  },
  sendingInstitution: { heiId: 'insa-lyon.fr', contactPerson: { name: 'Anders Bardal', email: 'anders@example.com' } },
  receivingInstitution: { heiId: 'uw.edu.pl', organisationalUnit: 'Faculty of Mathematics' },
  plannedStart: '2026-02-20',
  plannedEnd: '2026-06-30',
  receivingAcademicYear: '2025/2026',
  eqfLevel: 7,
  iscedFCode: '0541',
  languageSkill: { language: 'en', cefrLevel: 'B2' },
  mobilityType: 'semester',
  track: 'student',
  stay: 'individual',
  activity: 'studies',
  studiedAbroad: [aComponent('KR501', '9'), aComponent('KR502B', '7.5')],
  recognisedAtHome: [aComponent('UE-MATH-4', '15')],
  virtual: [],
  blended: [],
  doctoral: [],
  ...overrides,
});

export const HASH_V1 = contentHash(aContent());

type CommandData<T extends AgreementCommand['type']> = Omit<Extract<AgreementCommand, { type: T }>['data'], 'mobilityId'>;

/** A command on the fixture mobility, stamped with `now`. */
export const command = <T extends AgreementCommand['type']>(
  type: T,
  actor: Actor,
  data: CommandData<T>,
  now = NOW,
): Extract<AgreementCommand, { type: T }> =>
  ({ type, data: { mobilityId: MOBILITY_ID, ...data }, metadata: { actor, now } }) as unknown as Extract<AgreementCommand, { type: T }>;

export const given = deciderSpecification(agreementDecider);
export const history = (...commands: AgreementCommand[]): AgreementEvent[] => historyOf(agreementDecider, commands);

export const draftCommand = (content = aContent(), by = student) => command('DraftAgreement', by, { content });
export const signCommand = (by: Actor, hash = HASH_V1, now = NOW) => command('SignAgreement', by, { contentHash: hash }, now);

/** Commands that take the fixture draft to version 1, all signed at `approvedAt`. */
export const approvalCommands = (approvedAt = NOW): AgreementCommand[] => [
  draftCommand(),
  ...[student, sendingStaff, receivingStaff].map((by) => signCommand(by, HASH_V1, approvedAt)),
];

/** Histories the tests start from: drafted, signed by the first n parties, approved as version 1. */
export const drafted = () => history(draftCommand());
export const signedBy = (n: 1 | 2) => history(...approvalCommands().slice(0, n + 1));
export const approved = (approvedAt = NOW) => history(...approvalCommands(approvedAt));
