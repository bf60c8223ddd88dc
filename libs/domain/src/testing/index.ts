export * from './decider-specification';
export * from './agreement.fixtures';
export * from './amendment.fixtures';
