import { Signer } from '../agreement/agreement.actor';
import { eventTypes } from '../event-types';
import { Event } from '../message';
import { Iia, Partner } from './partnership.types';

type Act = { by: Signer; at: string };
type EventOf<Type extends string, Data> = Event<Type, Data & Act & { partnershipId: string }>;

export type PartnerRecorded = EventOf<'PartnerRecorded', { schoolId: string; partner: Partner; previous?: Partner }>;
/** `iiaKey` names the IIA in the partnership from then on (see iiaKeyOf). */
export type IiaRecorded = EventOf<'IiaRecorded', { iiaKey: string; iia: Iia }>;
/** New terms of an IIA already recorded; `previous` keeps the terms replaced. */
export type IiaRevised = EventOf<'IiaRevised', { iiaKey: string; iia: Iia; previous: Iia }>;

export type PartnershipEvent = PartnerRecorded | IiaRecorded | IiaRevised;

export const PARTNERSHIP_EVENT_TYPES = eventTypes<PartnershipEvent['type']>({
  PartnerRecorded: true,
  IiaRecorded: true,
  IiaRevised: true,
});
