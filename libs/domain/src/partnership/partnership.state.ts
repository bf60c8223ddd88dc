import { Iia, Partner } from './partnership.types';

export type PartnershipState = {
  partnershipId?: string;
  /** By partner id; institutions named in an IIA appear here too. */
  partners: Record<string, Partner>;
  /** By IIA key. */
  iias: Record<string, Iia>;
};

export const initialPartnershipState = (): PartnershipState => ({ partners: {}, iias: {} });
