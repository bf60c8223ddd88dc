import { Actor, AgreementParties, AgreementState, auditsInstitution, partyOf } from '@app/domain';
import type { Relation } from '@app/http';

/**
 * The actor's relation to an agreement for the access matrix: a party in its role's
 * capacity, an auditor of either institution, or an admin is its own; anyone else is not.
 */
export const agreementRelationOf = (actor: Actor, content: AgreementParties): Relation =>
  actor.role === 'admin' ||
  auditsInstitution(actor, content.sendingInstitution.heiId, content.receivingInstitution.heiId) ||
  partyOf(actor, content) !== undefined
    ? 'own'
    : 'other';

/** An agreement that never existed relates to nobody, so it answers as a hidden one does. */
export const relationToState = (actor: Actor, state: AgreementState): Relation =>
  state.status !== 'none' && state.current ? agreementRelationOf(actor, state.current.content) : 'other';
