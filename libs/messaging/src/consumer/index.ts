export * from './idempotent-consumer';
export * from './processed-messages';
