import { Actor, mayReadAgreement } from '@app/domain';
import type { Row } from '../projection';
import { candidateLookups } from './reader-scope';

type Parties = { student: string; sending: string; receiving: string };

const rowOf = ({ student, sending, receiving }: Parties, status = 'signing'): Row => ({ student_id: student, sending, receiving, status });
const found = (lookups: Row[], row: Row) => lookups.some((where) => Object.entries(where).every(([column, value]) => row[column] === value));
const contentOf = ({ student, sending, receiving }: Parties) => ({
  student: { accountId: student },
  sendingInstitution: { heiId: sending },
  receivingInstitution: { heiId: receiving },
});

const agreements: Parties[] = [
  { student: 'stu-1', sending: 'insa-lyon.fr', receiving: 'uni-bologna.it' },
  { student: 'stu-2', sending: 'uni-bologna.it', receiving: 'insa-lyon.fr' },
  { student: 'stu-3', sending: 'ec-nantes.fr', receiving: 'tu-delft.nl' },
];
const readers: Actor[] = [
  { id: 'stu-1', role: 'student' },
  { id: 'staff-a', role: 'sending', institution: 'insa-lyon.fr' },
  { id: 'staff-b', role: 'receiving', institution: 'insa-lyon.fr' },
  { id: 'staff-c', role: 'sending' },
  { id: 'qa', role: 'auditor', institution: 'insa-lyon.fr' },
  { id: 'cti', role: 'auditor' },
  { id: 'root', role: 'admin' },
];

describe('the index lookups of the agreements list (LA-PARTY)', () => {
  it.each(readers.map((actor) => [`${actor.role} ${actor.id}`, actor] as const))('find every agreement %s may read', (_, actor) => {
    for (const agreement of agreements) {
      if (mayReadAgreement(actor, contentOf(agreement))) expect(found(candidateLookups(actor, {}), rowOf(agreement))).toBe(true);
    }
  });

  it('look no further than the reader reaches when the filter names nothing', () => {
    expect(candidateLookups({ id: 'stu-1', role: 'student' }, {})).toEqual([{ student_id: 'stu-1' }]);
    expect(candidateLookups({ id: 'staff-c', role: 'sending' }, {})).toEqual([]);
  });

  it('narrow by the filter first: a student, an institution on either side, a status', () => {
    const admin: Actor = { id: 'root', role: 'admin' };
    expect(candidateLookups(admin, { student: 'stu-2', status: 'approved' })).toEqual([{ status: 'approved', student_id: 'stu-2' }]);
    const either = candidateLookups(admin, { institution: 'insa-lyon.fr' });
    expect(agreements.filter((a) => found(either, rowOf(a))).map((a) => a.student)).toEqual(['stu-1', 'stu-2']);
    expect(found(candidateLookups(admin, { status: 'approved' }), rowOf(agreements[0]))).toBe(false);
  });
});
