export * from './hash-chain';
export * from './stamp-events';
