export * from './aggregate-stream';
export * from './handle-command';
export { deterministicEventId } from './deterministic-event-id';
export { readStreamOnce, withRequestReads, type RequestReads } from './request-reads';
