export * from './dead-letter-message';
export * from './replay-dead-letters';
