export { progressReporter } from './progress-reporter';
export type { ProgressReporter } from './progress-reporter';
export { progressLine } from './progress-line';
export { rebuildProjections } from './rebuild-projections';
