export * from './kafkajs-message-bus';
