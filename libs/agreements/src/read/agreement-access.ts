import { Actor, AgreementState, notFound, refusal } from '@app/domain';
import { allows } from '@app/http';
import { relationToState } from '@app/kernel';

/**
 * The access matrix's read row, for queries reached without the guard. Anyone who may not
 * read is told the agreement does not exist: whether a student has an agreement with a
 * partner is itself private.
 */
export function assertMayRead(actor: Actor, state: AgreementState, mobilityId: string): void {
  if (!allows('agreement.read', actor.role, relationToState(actor, state))) throw notFound(refusal('noAgreement', mobilityId));
}
