export { EVENT_STORE, EventStoreModule, InjectEventStore } from './event-store.module';
export { eventStoreConfigFrom } from './event-store-config';
