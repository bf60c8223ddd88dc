export { EVENT_STORE, EVENT_STORE_DECORATOR, type EventStoreDecorator, EventStoreModule, type EventStoreModuleOptions, InjectEventStore } from './event-store.module';
export { eventStoreConfigFrom } from './event-store-config';
