export * from './aggregate-stream';
export * from './handle-command';
export { deterministicEventId } from './deterministic-event-id';
