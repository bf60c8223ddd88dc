export * from './event-store';
export * from './errors';
export * from './create-event-store';
export { UnknownPositionError } from './postgres/postgres-global-log';
export * from './nest';
export * from './command-handling';
export * from './personal-data';
export { withTransaction } from './postgres/with-transaction';
export { openSqlite } from './sqlite/open-sqlite';
