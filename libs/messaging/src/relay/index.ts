export * from './relay';
export * from './relay-checkpoints';
export * from './relay-config';
export * from './relay-lock';
export * from './relay-log';
export * from './relay-process';
export * from './postgres-advisory-lock';
export * from './sqlite-lease-lock';
