import { forbidden } from '@app/domain';
import type { Actor } from '@app/domain';
import { EwpLearningAgreement } from './la-document';

/** Staff of either institution of the agreement bring in its EWP copy; admins any; nobody else. */
export const assertMayImport = (actor: Actor, la: EwpLearningAgreement): void => {
  if (actor.role === 'admin') return;
  const staff = actor.role === 'sending' || actor.role === 'receiving';
  const heis = [la.sendingHei.heiId, la.receivingHei.heiId];
  if (!staff || actor.institution === undefined || !heis.includes(actor.institution)) {
    throw forbidden(`${actor.role} ${actor.id} is not staff of ${heis.join(' or ')} and cannot import mobility ${la.omobilityId}`, 'LA-PARTY');
  }
};
