import { ConfigService } from '@nestjs/config';
import { EventStoreConfig, eventStoreConfigFrom } from '@app/event-store';
import { MessagingDatabaseConfig } from '../database';
import { KafkaSettings, kafkaSettingsFrom } from '../kafka-settings';

export interface RelayConfig {
  name: string;
  eventStore: EventStoreConfig;
  /** Where the checkpoint and the lock live: the store's own database. */
  database: MessagingDatabaseConfig;
  kafka: KafkaSettings;
  batchSize: number;
  pollMs: number;
  leaseMs: number;
}

/**
 * EVENT_STORE, SQLITE_PATH, DATABASE_URL (as the app reads them), KAFKA_BROKERS,
 * KAFKA_TOPIC_PREFIX, KAFKA_PARTITIONS, RELAY_NAME, RELAY_BATCH_SIZE, RELAY_POLL_MS,
 * RELAY_LEASE_MS (SQLite only).
 */
export function relayConfigFrom(settings: ConfigService): RelayConfig {
  const eventStore = eventStoreConfigFrom(settings);
  const kafka = kafkaSettingsFrom(settings);
  return {
    name: settings.get<string>('RELAY_NAME') || (kafka.topicPrefix ? `relay:${kafka.topicPrefix}` : 'relay'),
    eventStore,
    database: checkpointDatabase(eventStore, settings),
    kafka,
    batchSize: Number(settings.get('RELAY_BATCH_SIZE', 500)),
    pollMs: Number(settings.get('RELAY_POLL_MS', 100)),
    leaseMs: Number(settings.get('RELAY_LEASE_MS', 10_000)),
  };
}

function checkpointDatabase(eventStore: EventStoreConfig, settings: ConfigService): MessagingDatabaseConfig {
  if (eventStore.kind === 'sqlite') {
    if (eventStore.path === ':memory:') throw new Error('the relay needs a SQLite file shared with the writers, not :memory:');
    return { kind: 'sqlite', path: eventStore.path };
  }
  if (eventStore.kind === 'postgres') return { kind: 'postgres', connectionString: eventStore.connectionString };
  // KurrentDB keeps no tables of ours: the checkpoint goes to a PostgreSQL database.
  const url = settings.get<string>('DATABASE_URL');
  if (!url) throw new Error('with EVENT_STORE=kurrentdb the relay needs DATABASE_URL for its checkpoint and lock');
  return { kind: 'postgres', connectionString: url };
}
