export * from './port';
export * from './kafkajs';
export * from './kafka-settings';
export * from './events';
export * from './database';
export * from './relay';
export * from './consumer';
export * from './dead-letter';
