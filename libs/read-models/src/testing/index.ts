export { agreementEventsToAppend, recordedAgreement } from './recorded-agreement';
export { eventually, storesUnderTest } from './stores-under-test';
export type { StoreKind, StoresUnderTest } from './stores-under-test';
export { eventsToAppend, recordedStream } from './recorded-stream';
export { readModelSnapshot } from './read-model-snapshot';
