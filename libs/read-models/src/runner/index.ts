export { ProjectionRunner } from './projection-runner';
export type { ProgressListener } from './projection-runner';
export { catchUpProjection, catchUpProjections } from './catch-up';
export { countEvents } from './count-events';
