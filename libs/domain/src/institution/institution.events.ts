import { Signer } from '../agreement/agreement.actor';
import { eventTypes } from '../event-types';
import { Event } from '../message';
import { RegisteredInstitution } from './institution.types';

/** `previous` keeps what a correction replaced. */
export type InstitutionRecorded = Event<
  'InstitutionRecorded',
  RegisteredInstitution & { previous?: Omit<RegisteredInstitution, 'heiId'>; by: Signer; at: string }
>;

export type InstitutionEvent = InstitutionRecorded;

export const INSTITUTION_EVENT_TYPES = eventTypes<InstitutionEvent['type']>({ InstitutionRecorded: true });
