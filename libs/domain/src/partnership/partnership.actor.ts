import { Actor, Signer, signerOf } from '../agreement/agreement.actor';
import { forbidden } from '../errors';
import { refusal } from '../refusals';
import { PartnershipAction } from './partnership-refusal-words';

/** The international office of either partner (sending or receiving staff) records the partnership, or an admin. */
export const requirePartnerStaff = (actor: Actor, partnerIds: string[], action: PartnershipAction): Signer => {
  const staff = (actor.role === 'sending' || actor.role === 'receiving') && actor.institution !== undefined;
  if (actor.role !== 'admin' && !(staff && partnerIds.includes(actor.institution!))) {
    throw forbidden(refusal('notPartnerStaff', actor.role, actor.id, action, partnerIds), 'PARTNERSHIP-STAFF');
  }
  return signerOf(actor);
};
