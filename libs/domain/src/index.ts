export * from './decider';
export * from './message';
export * from './errors';
export * from './agreement';
export * from './audit';
