import { ConfigService } from '@nestjs/config';

export interface KafkaSettings {
  brokers: string[];
  /** Prepended to every topic name, so deployments (or test runs) can share one broker. */
  topicPrefix: string;
  partitions: number;
  logLevel: 'nothing' | 'error' | 'warn' | 'info';
  /** KAFKA_SESSION_TIMEOUT_MS: how long a silent consumer keeps its partitions; the client's default when unset. */
  sessionTimeoutMs?: number;
}

/** KAFKA_BROKERS (comma-separated, 127.0.0.1:9092 by default), KAFKA_TOPIC_PREFIX, KAFKA_PARTITIONS, KAFKA_LOG_LEVEL, KAFKA_SESSION_TIMEOUT_MS. */
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
    ...sessionTimeoutFrom(settings.get<string>('KAFKA_SESSION_TIMEOUT_MS')),
  };
}

/**
 * The broker refuses a session outside its group.min/max.session.timeout.ms (6 s to 30 min by
 * default), so a value it would refuse stops the service at start rather than at every join.
 */
function sessionTimeoutFrom(value: string | undefined): Pick<KafkaSettings, 'sessionTimeoutMs'> {
  if (value === undefined || value === '') return {};
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 6000 || ms > 1_800_000) throw new Error(`KAFKA_SESSION_TIMEOUT_MS must be a whole number of milliseconds from 6000 to 1800000, not "${value}"`);
  return { sessionTimeoutMs: ms };
}
