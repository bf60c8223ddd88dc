export * from './projection';
export * from './store';
export * from './runner';
export * from './feed';
export * from './cli';
export * from './nest';
export * from './audit';
export * from './reports';
export { DIRECTORY_PROJECTIONS, PROJECTIONS, REPORT_PROJECTIONS } from './projections';
