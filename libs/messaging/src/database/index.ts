export * from './messaging-database';
export * from './open-messaging-database';
