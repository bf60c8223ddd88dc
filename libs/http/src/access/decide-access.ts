import type { ActorRole } from '@app/domain';
import { ACCESS_MATRIX, AccessAction, READ_ACTION, Relation } from './access-matrix';

export type AccessDecision = 'allow' | 'forbid' | 'hide';

export const allows = (action: AccessAction, role: ActorRole, relation: Relation): boolean => {
  const cell = ACCESS_MATRIX[action].cells[role];
  return cell === 'any' || (cell === 'own' && relation === 'own');
};

/**
 * Allowed, refused plainly (403), or answered as if the resource did not exist (404): the
 * last whenever the actor may not even read a private resource, so a refusal never tells a
 * stranger that an agreement or a student record exists.
 */
export function decideAccess(action: AccessAction, role: ActorRole, relation: Relation): AccessDecision {
  if (allows(action, role, relation)) return 'allow';
  const read = READ_ACTION[ACCESS_MATRIX[action].resource];
  return read && !allows(read, role, relation) ? 'hide' : 'forbid';
}
