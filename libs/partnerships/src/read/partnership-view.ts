import { Actor, Iia, MobilityFacts, Partner, PartnershipState, QuotaLine, auditsInstitution, partnershipQuotas } from '@app/domain';

export interface PartnershipView {
  partnershipId: string;
  partners: Partner[];
  iias: Array<{ iiaKey: string } & Iia>;
  /** Per condition in effect in the year asked for: mobilities agreed, used and left. */
  quotas?: QuotaLine[];
}

/**
 * Staff of either partner, the auditors of either, CTI experts and admins read a partnership.
 * Both sides are named by the partnership's id: a partner the school recorded lists only the
 * partner, and the school must still read what it recorded.
 */
export const mayReadPartnership = (actor: Actor, partnership: PartnershipState): boolean => {
  const ids = partnership.partnershipId?.split('+') ?? Object.keys(partnership.partners);
  return actor.role === 'admin' || auditsInstitution(actor, ...ids) || (actor.institution !== undefined && actor.role !== 'auditor' && ids.includes(actor.institution));
};

export const toPartnershipView = (partnership: PartnershipState, year: string | undefined, mobilities: MobilityFacts[]): PartnershipView => ({
  partnershipId: partnership.partnershipId!,
  partners: Object.values(partnership.partners).sort((a, b) => a.id.localeCompare(b.id)),
  iias: Object.entries(partnership.iias)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([iiaKey, iia]) => ({ iiaKey, ...iia })),
  ...(year !== undefined && { quotas: partnershipQuotas(partnership, year, mobilities) }),
});
