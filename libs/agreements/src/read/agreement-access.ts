import { Actor, AgreementState, mayReadAgreement, notFound } from '@app/domain';

/**
 * Parties read their agreement, admins all, auditors those of the school they audit. Anyone else is told it does
 * not exist: whether a student has an agreement with a partner is itself private.
 */
export function assertMayRead(actor: Actor, state: AgreementState, mobilityId: string): void {
  const visible =
    state.status !== 'none' &&
    state.current !== undefined &&
    mayReadAgreement(actor, state.current.content);
  if (!visible) throw notFound(`no learning agreement ${mobilityId}`);
}
