import { Pool } from 'pg';
import type { EventStore, RecordedEvent } from '@app/event-store';
import { createEventStore } from '@app/event-store';
import { createTestSchema } from '@app/event-store/postgres/postgres-test-database';
import { MessageBus, OpenedRelay, RelayLog, categoryTopics, createKafkaJsBus, openRelay } from '@app/messaging';
import { uniqueTopicPrefix } from '@app/messaging/testing';
import {
  DELIVERIES_TABLE,
  KafkaProjectionFeed,
  PROJECTIONS,
  Projection,
  ProjectionRunner,
  ProjectionStore,
  createProjectionStore,
} from '@app/read-models';
import { eventKey } from './relay-workload';

export interface RelayBenchSettings {
  brokers: string[];
  partitions: number;
  relayBatchSize: number;
  relayPollMs: number;
}

/** One way from the store to the read models, on a schema of its own. */
export interface Pipeline {
  name: string;
  /** Where the bench appends (the writers' store). */
  store: EventStore;
  /** Told each event's key and the client's clock once every projection has committed it. */
  onApplied?: (key: string, at: number) => void;
  /** Milliseconds spent inside the projection store's apply calls (summed; the runner's overlap). */
  storeMs: number;
  /** Milliseconds spent committing consumer offsets to the broker (the Kafka feed only). */
  commitMs: number;
  /** Read models fed so far, counted in the database (deliveries rows or checkpoint positions). */
  countApplied(): Promise<number>;
  settings: Record<string, string>;
  close(): Promise<void>;
}

/**
 * The projection store as it is, reporting when an event's rows have committed: for the
 * broker's feed when `applyDelivered` resolves (one transaction for every projection), for
 * the runner when the last projection's `applyBatch` (or `applyBatchToEach`) holding the event resolves.
 */
function timedStore(inner: ProjectionStore, pipeline: Pick<Pipeline, 'onApplied' | 'storeMs'>, projections: readonly Projection[]): ProjectionStore {
  const seen = new Map<string, number>();
  const applied = (event: RecordedEvent) => {
    const key = eventKey(event.streamId, event.revision);
    const count = (seen.get(key) ?? 0) + 1;
    if (count < projections.length) return void seen.set(key, count);
    seen.delete(key);
    pipeline.onApplied?.(key, performance.now());
  };
  return {
    prepare: (projection) => inner.prepare(projection),
    checkpointOf: (name) => inner.checkpointOf(name),
    async applyBatch(projection, batch) {
      const start = performance.now();
      const outcome = await inner.applyBatch(projection, batch);
      pipeline.storeMs += performance.now() - start;
      // The events applied are the last `applied` of the batch (see eventsToApply).
      batch.events.slice(batch.events.length - outcome.applied).forEach(applied);
      return outcome;
    },
    async applyBatchToEach(all, batch) {
      const start = performance.now();
      const outcomes = await inner.applyBatchToEach(all, batch);
      pipeline.storeMs += performance.now() - start;
      for (const outcome of outcomes) batch.events.slice(batch.events.length - outcome.applied).forEach(applied);
      return outcomes;
    },
    async applyDelivered(feed, all, event) {
      const start = performance.now();
      const fresh = await inner.applyDelivered(feed, all, event);
      pipeline.storeMs += performance.now() - start;
      if (fresh) for (let i = 0; i < projections.length; i += 1) applied(event);
      return fresh;
    },
    async applyDeliveredBatch(feed, all, events) {
      const start = performance.now();
      const fresh = await inner.applyDeliveredBatch(feed, all, events);
      pipeline.storeMs += performance.now() - start;
      // The fresh ones are not named: every event of the batch counts as applied.
      if (fresh > 0) for (const event of events) for (let i = 0; i < projections.length; i += 1) applied(event);
      return fresh;
    },
    reset: (projection) => inner.reset(projection),
    select: (projection, table, where) => inner.select(projection, table, where),
    countStoredEvents: () => inner.countStoredEvents(),
    close: () => inner.close(),
  };
}

const quietLog: RelayLog = (level, message, fields) => {
  if (level !== 'info') process.stderr.write(`${JSON.stringify({ level, message, ...fields })}\n`);
};

/** The all-in-one process: ProjectionRunner's subscriptions to the store, in the process that appends. */
export async function openInProcessPipeline(): Promise<Pipeline> {
  const schema = await createTestSchema();
  const store = await createEventStore({ kind: 'postgres', connectionString: schema.connectionString });
  const projectionStore = await createProjectionStore({ kind: 'postgres', connectionString: schema.connectionString });
  const pipeline: Pipeline = {
    name: 'in-process',
    store,
    storeMs: 0,
    commitMs: 0,
    settings: { feed: 'ProjectionRunner: one subscription per projection, one applyBatch transaction per event and projection' },
    async countApplied() {
      // Each projection's checkpoint is a position in the log's (commit) order: the events up to it are applied.
      const log = await positionsInCommitOrder(store);
      const counts = await Promise.all(
        PROJECTIONS.map(async (p) => {
          const checkpoint = await projectionStore.checkpointOf(p.name);
          return checkpoint === null ? 0 : log.indexOf(checkpoint) + 1;
        }),
      );
      return Math.min(...counts);
    },
    async close() {
      await runner.stop();
      await projectionStore.close();
      await store.close();
      await schema.drop();
    },
  };
  const runner = new ProjectionRunner(store, timedStore(projectionStore, pipeline, PROJECTIONS), PROJECTIONS);
  await runner.start();
  return pipeline;
}

/**
 * Store -> relay -> Kafka -> KafkaProjectionFeed -> read models, as the relay and the
 * projections service run them (here in this one process): the relay reads through a store
 * of its own (it sees appends by polling), the feed consumes the category topics.
 */
export async function openKafkaPipeline(settings: RelayBenchSettings): Promise<Pipeline> {
  const schema = await createTestSchema();
  const prefix = `bench-${uniqueTopicPrefix()}`;
  const database = { kind: 'postgres' as const, connectionString: schema.connectionString };
  const store = await createEventStore(database);
  const projectionStore = await createProjectionStore(database);
  const kafka = { brokers: settings.brokers, partitions: settings.partitions, logLevel: 'nothing' as const };
  const kafkaBus = createKafkaJsBus({ ...kafka, clientId: 'relay-bench-feed' });
  const groupId = `${prefix}projections`;
  const sql = new Pool({ connectionString: schema.connectionString, max: 1 });
  const pipeline: Pipeline = {
    name: 'kafka',
    store,
    storeMs: 0,
    commitMs: 0,
    settings: {
      topics: `${prefix}{${categoryTopics().join(',')}}, ${settings.partitions} partitions`,
      relay: `openRelay, RELAY_BATCH_SIZE=${settings.relayBatchSize}, RELAY_POLL_MS=${settings.relayPollMs}, its own store (polls)`,
      feed: 'KafkaProjectionFeed: startIdempotentConsumer, one applyDelivered transaction + one offset commit per message',
    },
    async countApplied() {
      const { rows } = await sql.query<{ count: string }>(`SELECT count(*) AS count FROM ${DELIVERIES_TABLE} WHERE feed = $1`, [groupId]);
      return Number(rows[0].count);
    },
    async close() {
      await relay.stop();
      await feed.stop();
      await kafkaBus.close();
      await sql.end();
      await projectionStore.close();
      await store.close();
      await schema.drop();
    },
  };
  const bus = timedCommits(kafkaBus, pipeline);
  const feed = await KafkaProjectionFeed.start({
    bus,
    events: store,
    store: timedStore(projectionStore, pipeline, PROJECTIONS),
    projections: PROJECTIONS,
    groupId,
    topics: categoryTopics(prefix),
  });
  const relay: OpenedRelay = await openRelay(
    {
      name: `relay:${prefix}`,
      eventStore: database,
      database,
      kafka: { ...kafka, topicPrefix: prefix },
      batchSize: settings.relayBatchSize,
      pollMs: settings.relayPollMs,
      leaseMs: 10_000,
    },
    quietLog,
  );
  return pipeline;
}

async function positionsInCommitOrder(store: EventStore): Promise<bigint[]> {
  const positions: bigint[] = [];
  for (;;) {
    const last = positions.at(-1);
    const page = await store.readAll({ ...(last !== undefined && { fromPosition: last }), maxCount: 1001 });
    const fresh = page.filter((event) => event.position !== last).map((event) => event.position);
    if (fresh.length === 0) return positions;
    positions.push(...fresh);
  }
}

/** The bus as it is, timing the consumer's offset commits (one per message in the idempotent consumer). */
function timedCommits(bus: MessageBus, pipeline: Pick<Pipeline, 'commitMs'>): MessageBus {
  return {
    ...bus,
    async consume(options) {
      const consumer = await bus.consume(options);
      return {
        ...consumer,
        async commit(message) {
          const start = performance.now();
          await consumer.commit(message);
          pipeline.commitMs += performance.now() - start;
        },
      };
    },
  };
}
