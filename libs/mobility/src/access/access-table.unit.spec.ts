import type { Actor } from '@app/domain';
import { assertSchoolAccess, assertStudentAccess, studentRelation } from './access-table';

const SCHOOL = 'insa-lyon.fr';
const actors: Record<string, Actor> = {
  self: { id: 'acc-ivan', role: 'student' },
  otherStudent: { id: 'acc-olga', role: 'student' },
  staff: { id: 'staff-anders', role: 'sending', institution: SCHOOL },
  otherStaff: { id: 'staff-x', role: 'sending', institution: 'other.fr' },
  receiving: { id: 'staff-pawel', role: 'receiving', institution: SCHOOL },
  auditor: { id: 'cti-expert', role: 'auditor' },
  admin: { id: 'root', role: 'admin' },
};

const outcome = (check: () => void): string => {
  try {
    check();
    return 'allowed';
  } catch (error) {
    return (error as { kind: string }).kind;
  }
};

describe('who reads and writes a student record', () => {
  it.each([
    ['self', 'allowed', 'allowed'],
    ['staff', 'allowed', 'allowed'],
    ['admin', 'allowed', 'allowed'],
    ['auditor', 'allowed', 'forbidden'],
    ['otherStudent', 'not_found', 'not_found'],
    ['otherStaff', 'not_found', 'not_found'],
    ['receiving', 'not_found', 'not_found'],
  ])('%s: read %s, record %s', (who, read, record) => {
    expect(outcome(() => assertStudentAccess('read-status', actors[who], 'acc-ivan', SCHOOL))).toBe(read);
    expect(outcome(() => assertStudentAccess('record', actors[who], 'acc-ivan', SCHOOL))).toBe(record);
  });

  it('gives staff no relation to a student whose school is unknown', () => {
    expect(studentRelation(actors.staff, 'acc-new', undefined)).toBe('other');
  });
});

describe('who reads and configures a school (CTI-IN-1)', () => {
  it.each([
    ['staff', 'allowed', 'allowed'],
    ['receiving', 'forbidden', 'allowed'],
    ['auditor', 'forbidden', 'allowed'],
    ['otherStaff', 'forbidden', 'forbidden'],
    ['self', 'forbidden', 'forbidden'],
  ])('%s: configure %s, read incoming %s', (who, configure, incoming) => {
    expect(outcome(() => assertSchoolAccess('configure', actors[who], SCHOOL))).toBe(configure);
    expect(outcome(() => assertSchoolAccess('read-incoming', actors[who], SCHOOL))).toBe(incoming);
  });
});
