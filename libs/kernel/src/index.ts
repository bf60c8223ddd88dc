export * from './clock';
export * from './directory';
