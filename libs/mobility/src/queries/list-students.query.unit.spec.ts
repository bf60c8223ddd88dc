import type { Actor } from '@app/domain';
import type { AgreementSummaries, RosterEntry, StudentRoster } from '@app/kernel';
import { ListStudentsHandler } from './list-students.query';

const roster: RosterEntry[] = [
  { studentId: 'stu-insa', schoolId: 'insa-lyon.fr', erased: false },
  { studentId: 'stu-utc', schoolId: 'utc.fr', erased: false },
];
const handler = new ListStudentsHandler(
  { entries: async () => [] } as unknown as AgreementSummaries,
  {
    atSchool: async (schoolId?: string) => roster.filter((entry) => schoolId === undefined || entry.schoolId === schoolId),
    find: async () => [],
  } as unknown as StudentRoster,
);
const listed = async (actor: Actor) => (await handler.execute({ actor })).students.map(({ studentId }) => studentId);

describe('STUDENT-ACTOR: the directory lists the recorded students of the caller’s school only', () => {
  it('lists a school’s staff their own school’s students', async () => {
    expect(await listed({ id: 'staff', role: 'sending', institution: 'insa-lyon.fr' })).toEqual(['stu-insa']);
  });

  it('lists no recorded student to staff whose token names no institution', async () => {
    expect(await listed({ id: 'staff', role: 'sending' })).toEqual([]);
  });

  it('lists every school’s students to admins and CTI experts', async () => {
    expect(await listed({ id: 'root', role: 'admin' })).toEqual(['stu-insa', 'stu-utc']);
    expect(await listed({ id: 'cti', role: 'auditor' })).toEqual(['stu-insa', 'stu-utc']);
  });
});
