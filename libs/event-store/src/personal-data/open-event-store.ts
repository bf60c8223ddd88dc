import { EventStoreConfig, createEventStore } from '../create-event-store';
import { EventStore } from '../event-store';
import { KeyStoreConfig, createKeyStore } from './key-store-config';
import { PersonalDataPolicy } from './personal-data-policy';
import { PersonalDataProtection } from './personal-data-protection';
import { withPersonalData } from './protected-event-store';

export interface ProtectedEventStoreConfig {
  events: EventStoreConfig;
  keys: KeyStoreConfig;
  personalData: PersonalDataPolicy;
  /** Wraps the adapter first (metrics): the protection stays outermost, where handleCommand finds it. */
  decorate?(store: EventStore): EventStore;
}

/** The configured adapter behind the decrypting path: what the apps and the scripts read through. */
export async function openProtectedEventStore({ events, keys, personalData, decorate }: ProtectedEventStoreConfig): Promise<EventStore> {
  const adapter = await createEventStore(events);
  const store = decorate ? decorate(adapter) : adapter;
  return withPersonalData(store, new PersonalDataProtection(personalData, await createKeyStore(keys)));
}
