import { EventStore, createEventStore } from '@app/event-store';
import { MessagingDatabase, openMessagingDatabase } from '../database';
import { createKafkaJsBus } from '../kafkajs';
import { MessageBus } from '../port';
import { postgresAdvisoryLock } from './postgres-advisory-lock';
import { RelayConfig } from './relay-config';
import { RelayCheckpoints, createRelayTables, relayCheckpoints } from './relay-checkpoints';
import { RelayLock } from './relay-lock';
import { sqliteLeaseLock } from './sqlite-lease-lock';
import { RelayLog, jsonLinesLog } from './relay-log';
import { RelayOptions, RunningRelay, startRelay } from './relay';

/** A running relay and what it opened, for its health checks and lag metrics; `stop` closes them all. */
export interface OpenedRelay extends RunningRelay {
  readonly store: EventStore;
  /** The store's own database, where the checkpoint and the lock live. */
  readonly database: MessagingDatabase;
  readonly bus: MessageBus;
  readonly checkpoints: RelayCheckpoints;
}

/** Wires a relay from its configuration; `stop` also closes everything it opened. */
export async function openRelay(
  config: RelayConfig,
  log: RelayLog = jsonLinesLog('relay'),
  hooks: Pick<RelayOptions, 'onPublished'> = {},
): Promise<OpenedRelay> {
  const store = await createEventStore(config.eventStore);
  const database = openMessagingDatabase(config.database);
  await createRelayTables(database);
  const bus = createKafkaJsBus({ ...config.kafka, clientId: config.name });
  const publisher = await bus.createPublisher();
  const lock: RelayLock =
    config.database.kind === 'postgres'
      ? postgresAdvisoryLock(config.database.connectionString, config.name)
      : sqliteLeaseLock(database, config.name, config.leaseMs);
  const checkpoints = relayCheckpoints(database, config.name, lock);
  const relay = startRelay({
    ...hooks,
    name: config.name,
    store,
    publisher,
    ensureTopics: (topics) => bus.ensureTopics(topics),
    checkpoints,
    lock,
    log,
    topicPrefix: config.kafka.topicPrefix,
    batchSize: config.batchSize,
    pollMs: config.pollMs,
  });
  const closed = relay.done.finally(async () => {
    await publisher.close().catch(() => undefined);
    await bus.close().catch(() => undefined);
    await database.close();
    await store.close();
  });
  return {
    store,
    database,
    bus,
    checkpoints,
    async stop() {
      await relay.stop();
      await closed.catch(() => undefined);
    },
    done: closed,
  };
}
