export * from './projection-store';
export { eventsToApply } from './events-to-apply';
export { SqliteProjectionStore } from './sqlite-projection-store';
export { PostgresProjectionStore } from './postgres-projection-store';
export { createProjectionStore } from './create-projection-store';
export type { ProjectionStoreConfig } from './create-projection-store';
export { environmentSettings, projectionStoreConfigFrom } from './projection-store-config';
export type { Settings } from './projection-store-config';
export { findDocuments } from './find-documents';
