import { EventStore } from '../event-store';
import { PersonalDataProtection } from './personal-data-protection';

const protections = new WeakMap<EventStore, PersonalDataProtection>();

/** The protection a store was wrapped with, if any: handleCommand seals through it. */
export const personalDataOf = (store: EventStore): PersonalDataProtection | undefined => protections.get(store);

const sealedStores = new WeakMap<EventStore, EventStore>();

/**
 * The store a protected one wraps, or the store itself: its reads give the events as stored,
 * personal fields sealed, with no key looked up and nothing decrypted. For what applies events
 * as stored (projections), which must never see plaintext and need not pay for opening it.
 */
export const sealedStoreOf = (store: EventStore): EventStore => sealedStores.get(store) ?? store;

/**
 * The store as every reader sees it: personal fields opened on readStream, readAll and
 * subscribeToAll (erased ones read as their marker). Appends pass through untouched: events
 * are sealed before they are stamped, so the hash chain covers what is stored.
 */
export function withPersonalData(store: EventStore, protection: PersonalDataProtection): EventStore {
  const protectedStore: EventStore = {
    appendToStream: (streamId, events, options) => store.appendToStream(streamId, events, options),
    readStream: async (streamId, options) => protection.open(await store.readStream(streamId, options)),
    readAll: async (options) => protection.open(await store.readAll(options)),
    subscribeToAll: ({ fromPosition, handler }) =>
      store.subscribeToAll({ fromPosition, handler: async (event) => handler((await protection.open([event]))[0]) }),
    close: async () => {
      await store.close();
      await protection.close();
    },
  };
  protections.set(protectedStore, protection);
  sealedStores.set(protectedStore, store);
  return protectedStore;
}
