export { ProjectionFeed } from './projection-feed';
export { KafkaProjectionFeed } from './kafka-projection-feed';
export type { KafkaProjectionFeedOptions } from './kafka-projection-feed';
