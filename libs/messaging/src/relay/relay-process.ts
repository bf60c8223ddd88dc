import { createEventStore } from '@app/event-store';
import { openMessagingDatabase } from '../database';
import { createKafkaJsBus } from '../kafkajs';
import { postgresAdvisoryLock } from './postgres-advisory-lock';
import { RelayConfig } from './relay-config';
import { createRelayTables, relayCheckpoints } from './relay-checkpoints';
import { RelayLock } from './relay-lock';
import { sqliteLeaseLock } from './sqlite-lease-lock';
import { RelayLog, jsonLinesLog } from './relay-log';
import { RunningRelay, startRelay } from './relay';

/** Wires a relay from its configuration; `stop` also closes everything it opened. */
export async function openRelay(config: RelayConfig, log: RelayLog = jsonLinesLog('relay')): Promise<RunningRelay> {
  const store = await createEventStore(config.eventStore);
  const database = openMessagingDatabase(config.database);
  await createRelayTables(database);
  const bus = createKafkaJsBus({ ...config.kafka, clientId: config.name });
  const publisher = await bus.createPublisher();
  const lock: RelayLock =
    config.database.kind === 'postgres'
      ? postgresAdvisoryLock(config.database.connectionString, config.name)
      : sqliteLeaseLock(database, config.name, config.leaseMs);
  const relay = startRelay({
    name: config.name,
    store,
    publisher,
    ensureTopics: (topics) => bus.ensureTopics(topics),
    checkpoints: relayCheckpoints(database, config.name, lock),
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
    async stop() {
      await relay.stop();
      await closed.catch(() => undefined);
    },
    done: closed,
  };
}
