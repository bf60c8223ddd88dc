export * from './idempotent-consumer';
export * from './processed-messages';
export { keepStarting } from './keep-starting';
