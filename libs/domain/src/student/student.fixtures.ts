import { Actor } from '../agreement/agreement.actor';
import { deciderSpecification, historyOf } from '../testing/decider-specification';
import { StudentCommand } from './student.commands';
import { studentDecider } from './student.decider';
import { StudentEvent } from './student.events';
import { StudentProfile } from './student.profile';
import { DeclaredStay } from './student.stay';

export const STUDENT_ID = 'acc-ivan';
export const SCHOOL = 'insa-lyon.fr';
export const NOW = '2026-01-15T09:00:00.000Z';
export const student: Actor = { id: STUDENT_ID, role: 'student', name: 'Ivan Sidorov' };
export const schoolStaff: Actor = { id: 'staff-anders', role: 'sending', institution: SCHOOL, name: 'Anders Bardal' };
export const admin: Actor = { id: 'root', role: 'admin' };
export const auditor: Actor = { id: 'cti-expert', role: 'auditor' };
export const otherStudent: Actor = { id: 'acc-olga', role: 'student' };
export const otherSchoolStaff: Actor = { id: 'staff-x', role: 'sending', institution: 'other.fr' };
export const receivingStaff: Actor = { id: 'staff-pawel', role: 'receiving', institution: 'uw.edu.pl' };

export const aProfile = (overrides: Partial<StudentProfile> = {}): StudentProfile => ({
  nationality: 'FR',
  secondaryDiplomaCountry: 'FR',
  secondaryDiploma: 'french-baccalaureate',
  cameToFranceToStudy: false,
  track: 'student',
  schoolId: SCHOOL,
  cohort: '2024-2027',
  expectedGraduationYear: 2027,
  ...overrides,
});

export const aStay = (overrides: Partial<DeclaredStay> = {}): DeclaredStay => ({
  stayId: 'stay-1',
  kind: 'research',
  country: 'DE',
  plannedStart: '2026-06-01',
  plannedEnd: '2026-08-23',
  ...overrides,
});

type Data<T extends StudentCommand['type']> = Omit<Extract<StudentCommand, { type: T }>['data'], 'studentId'>;

export const studentCommand = <T extends StudentCommand['type']>(type: T, actor: Actor, data: Data<T>, now = NOW) =>
  ({ type, data: { studentId: STUDENT_ID, ...data }, metadata: { actor, now } }) as unknown as Extract<StudentCommand, { type: T }>;

export const givenStudent = deciderSpecification(studentDecider);
export const studentHistory = (...commands: StudentCommand[]): StudentEvent[] => historyOf(studentDecider, commands);

export const profiled = (profile = aProfile(), ...then: StudentCommand[]) =>
  studentHistory(studentCommand('RecordProfile', schoolStaff, { profile }), ...then);
