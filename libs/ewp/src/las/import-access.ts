import { forbidden } from '@app/domain';
import type { Actor } from '@app/domain';
import { ewpRefusal } from '../ewp-refusal-words';
import { EwpLearningAgreement } from './la-document';

/** Staff of either institution of the agreement bring in its EWP copy; admins any; nobody else. */
export const assertMayImport = (actor: Actor, la: EwpLearningAgreement): void => {
  if (actor.role === 'admin') return;
  const staff = actor.role === 'sending' || actor.role === 'receiving';
  const heis = [la.sendingHei.heiId, la.receivingHei.heiId];
  if (!staff || actor.institution === undefined || !heis.includes(actor.institution)) {
    throw forbidden(ewpRefusal('notStaffToImport', actor.role, actor.id, heis, la.omobilityId), 'LA-PARTY');
  }
};
