import { Actor, auditsInstitution } from '@app/domain';
import type { Relation } from './access-matrix';
import type { AccessRequest, RelationResolver } from './relation-resolvers';

/** A school's staff (sending or receiving office), its auditors and admins are its own. */
export const schoolRelationOf = (actor: Actor, schoolId: string): Relation =>
  actor.role === 'admin' ||
  auditsInstitution(actor, schoolId) ||
  ((actor.role === 'sending' || actor.role === 'receiving') && actor.institution === schoolId)
    ? 'own'
    : 'other';

const schoolOf = ({ params, query }: AccessRequest): string | undefined =>
  params.schoolId ?? (typeof query.school === 'string' ? query.school : undefined);

/** Schools are named in the path (`:schoolId`) or, for reports, in the query (`?school=`). */
export const schoolRelations: RelationResolver = {
  relationOf: async (actor, request) => {
    const schoolId = schoolOf(request);
    return schoolId ? schoolRelationOf(actor, schoolId) : undefined;
  },
  notFound: (request) => `no school ${schoolOf(request)}`,
};
