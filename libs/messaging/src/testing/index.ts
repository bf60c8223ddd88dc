export * from './kafka-test-kit';
export * from './service-child';
export * from './late-broker';
