import { Actor, Signer, signerOf } from '../agreement/agreement.actor';
import { forbidden } from '../errors';

/** The international office of either partner (sending or receiving staff) records the partnership, or an admin. */
export const requirePartnerStaff = (actor: Actor, partnerIds: string[], action: string): Signer => {
  const staff = (actor.role === 'sending' || actor.role === 'receiving') && actor.institution !== undefined;
  if (actor.role !== 'admin' && !(staff && partnerIds.includes(actor.institution!))) {
    throw forbidden(`${actor.role} ${actor.id} cannot ${action}: it is not staff of ${partnerIds.join(' or ')}`, 'PARTNERSHIP-STAFF');
  }
  return signerOf(actor);
};
