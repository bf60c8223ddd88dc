export * from './kafka-test-kit';
export * from './relay-child';
