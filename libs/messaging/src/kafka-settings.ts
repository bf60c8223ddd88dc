import { ConfigService } from '@nestjs/config';

export interface KafkaSettings {
  brokers: string[];
  /** Prepended to every topic name, so deployments (or test runs) can share one broker. */
  topicPrefix: string;
  partitions: number;
  logLevel: 'nothing' | 'error' | 'warn' | 'info';
}

/** KAFKA_BROKERS (comma-separated, 127.0.0.1:9092 by default), KAFKA_TOPIC_PREFIX, KAFKA_PARTITIONS, KAFKA_LOG_LEVEL. */
export function kafkaSettingsFrom(settings: ConfigService): KafkaSettings {
  return {
    brokers: settings
      .get<string>('KAFKA_BROKERS', '127.0.0.1:9092')
      .split(',')
      .map((broker) => broker.trim())
      .filter(Boolean),
    topicPrefix: settings.get<string>('KAFKA_TOPIC_PREFIX', ''),
    partitions: Number(settings.get('KAFKA_PARTITIONS', 3)),
    logLevel: settings.get('KAFKA_LOG_LEVEL', 'error'),
  };
}
