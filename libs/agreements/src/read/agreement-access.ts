import { Actor, AgreementState, notFound, partyOf } from '@app/domain';

/**
 * Parties read their agreement, auditors and admins read all. Anyone else is told it does
 * not exist: whether a student has an agreement with a partner is itself private.
 */
export function assertMayRead(actor: Actor, state: AgreementState, mobilityId: string): void {
  const visible =
    state.status !== 'none' &&
    state.current !== undefined &&
    (actor.role === 'auditor' || actor.role === 'admin' || partyOf(actor, state.current.content) !== undefined);
  if (!visible) throw notFound(`no learning agreement ${mobilityId}`);
}
