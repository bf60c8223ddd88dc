/**
 * npm run bench:rebuild: how fast the read models are rebuilt from the log, on SQLite and on
 * PostgreSQL, each on a fresh database dropped afterwards. The log is seeded through the store
 * (agreements drafted and signed by their three parties, personal fields sealed, chained), then
 * rebuilt twice in the same run: the former path (each projection alone, reading the log through
 * the decrypting store in pages of 500) and `rebuildProjections`, the path of
 * `npm run projections:rebuild`. Both must leave exactly the same rows. Then the live feed:
 * the in-process runner follows the log while more agreements are appended flat out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { personalFieldsOf } from '@app/domain';
import { EventStore, openProtectedEventStore, sealedStoreOf } from '@app/event-store';
import { PROJECTIONS, ProjectionRunner, ProjectionStore, ProjectionStoreConfig, createProjectionStore, rebuildProjections } from '@app/read-models';
import { readModelSnapshot } from '@app/read-models/testing';
import { FreshDatabase, freshPostgresDatabase, freshSqliteFile } from './fresh-database';
import { MachineInfo, describeMachine } from './machine';
import { seedAgreements } from './load/seed-agreements';

type Engine = 'sqlite' | 'postgres';

interface RebuildFigures {
  engine: Engine;
  agreements: number;
  events: number;
  seedSeconds: number;
  formerSeconds: number;
  formerEventsPerSecond: number;
  rebuildSeconds: number;
  rebuildEventsPerSecond: number;
  sameRows: boolean;
  live: LiveFigures;
}

interface LiveFigures {
  events: number;
  /** Events appended per second, flat out. */
  appendedPerSecond: number;
  /** Events in every read model per second, from the first append to the last event applied. */
  appliedPerSecond: number;
  /** From the last append to the last event applied. */
  lagMs: number;
}

const config = {
  agreements: Number(process.env.BENCH_REBUILD_AGREEMENTS ?? 20_000),
  engines: (process.env.BENCH_REBUILD_ENGINES ?? 'sqlite,postgres').split(',').map((s) => s.trim()) as Engine[],
  /** Skip the former path (it takes minutes at 100,000 events). */
  former: process.env.BENCH_REBUILD_FORMER !== 'no',
  liveAgreements: Number(process.env.BENCH_LIVE_AGREEMENTS ?? 2000),
  liveWriters: Number(process.env.BENCH_LIVE_WRITERS ?? 16),
  databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  outputFile: process.env.BENCH_OUTPUT ?? 'bench-results/rebuild-bench.json',
};

const FORMER_PAGE = 500;
const silent = () => ({ advance: () => undefined, finish: () => undefined });

async function main(): Promise<void> {
  const machine = await describeMachine(config.databaseUrl);
  const results: RebuildFigures[] = [];
  for (const engine of config.engines) {
    const database = engine === 'sqlite' ? freshSqliteFile('ml-rebuild-bench') : await freshPostgresDatabase(config.databaseUrl, 'ml_rebuild_bench');
    try {
      results.push(await benchEngine(engine, database));
    } finally {
      await database.drop();
    }
  }
  const report = { startedAt: new Date().toISOString(), machine, agreements: config.agreements, results };
  mkdirSync(dirname(config.outputFile), { recursive: true });
  writeFileSync(config.outputFile, JSON.stringify(report, null, 2));
  writeFileSync(config.outputFile.replace(/\.json$/, '.md'), markdownTable(machine, results));
  console.log(`\n${markdownTable(machine, results)}\nWritten to ${config.outputFile}`);
  if (results.some((r) => !r.sameRows)) process.exitCode = 1;
}

async function benchEngine(engine: Engine, database: FreshDatabase): Promise<RebuildFigures> {
  const where: ProjectionStoreConfig =
    engine === 'sqlite' ? { kind: 'sqlite', path: database.location } : { kind: 'postgres', connectionString: database.location };
  const events = await openProtectedEventStore({ events: where, keys: where, personalData: personalFieldsOf });
  const store = await createProjectionStore(where);
  try {
    let started = performance.now();
    await seedAgreements(events, { count: config.agreements });
    const seedSeconds = seconds(started);
    const eventCount = (await store.countStoredEvents()) ?? 0;
    console.log(`${engine}: seeded ${config.agreements} agreements, ${eventCount} events in ${seedSeconds.toFixed(1)} s`);

    let formerSeconds = NaN;
    let former: unknown;
    if (config.former) {
      started = performance.now();
      await rebuildAsBefore(events, store);
      formerSeconds = seconds(started);
      former = await readModelSnapshot(store, PROJECTIONS);
      console.log(`${engine}: former path ${Math.round(eventCount / formerSeconds)} events/s (${formerSeconds.toFixed(1)} s)`);
    }

    started = performance.now();
    await rebuildProjections({ events, store, projections: PROJECTIONS, report: silent });
    const rebuildSeconds = seconds(started);
    const rebuilt = await readModelSnapshot(store, PROJECTIONS);
    console.log(`${engine}: rebuild ${Math.round(eventCount / rebuildSeconds)} events/s (${rebuildSeconds.toFixed(1)} s)`);
    const live = await followLive(events, store);
    console.log(`${engine}: live ${live.events} events appended at ${Math.round(live.appendedPerSecond)}/s, applied at ${Math.round(live.appliedPerSecond)}/s, lag ${Math.round(live.lagMs)} ms`);
    return {
      engine,
      agreements: config.agreements,
      events: eventCount,
      seedSeconds,
      formerSeconds,
      formerEventsPerSecond: eventCount / formerSeconds,
      rebuildSeconds,
      rebuildEventsPerSecond: eventCount / rebuildSeconds,
      sameRows: former === undefined || isDeepStrictEqual(former, rebuilt),
      live,
    };
  } finally {
    await store.close();
    await events.close();
  }
}

/**
 * How the rebuild ran before it took the log in one pass: each projection emptied and replayed
 * alone, the log read through the decrypting store in pages of 500, one transaction a page.
 */
async function rebuildAsBefore(events: EventStore, store: ProjectionStore): Promise<void> {
  for (const projection of PROJECTIONS) {
    await store.prepare(projection);
    await store.reset(projection);
    let checkpoint: bigint | null = null;
    for (;;) {
      const page = await events.readAll({ ...(checkpoint !== null && { fromPosition: checkpoint }), maxCount: FORMER_PAGE + 1 });
      const fresh = page.filter((event) => event.position !== checkpoint);
      if (fresh.length === 0) break;
      const outcome = await store.applyBatch(projection, { after: checkpoint ?? 'start', events: fresh });
      checkpoint = outcome.checkpoint;
    }
  }
}

/**
 * The all-in-one process's feed: `ProjectionRunner` follows the log while writers append
 * agreements flat out; the store tells when every projection has reached the log's end.
 */
async function followLive(events: EventStore, inner: ProjectionStore): Promise<LiveFigures> {
  const reached = new Map<string, number>();
  const store: ProjectionStore = {
    prepare: (projection) => inner.prepare(projection),
    checkpointOf: (name) => inner.checkpointOf(name),
    applyBatch: (projection, batch) => inner.applyBatch(projection, batch),
    async applyBatchToEach(projections, batch) {
      const outcomes = await inner.applyBatchToEach(projections, batch);
      if (outcomes.every((outcome) => outcome.checkpoint === outcomes[0].checkpoint)) reached.set(String(outcomes[0].checkpoint), performance.now());
      return outcomes;
    },
    applyDelivered: (feed, projections, event) => inner.applyDelivered(feed, projections, event),
    applyDeliveredBatch: (feed, projections, events) => inner.applyDeliveredBatch(feed, projections, events),
    reset: (projection) => inner.reset(projection),
    select: (...query: Parameters<ProjectionStore['select']>) => inner.select(...query),
    countStoredEvents: () => inner.countStoredEvents(),
    close: () => inner.close(),
  };
  const from = await inner.checkpointOf(PROJECTIONS[0].name);
  const runner = new ProjectionRunner(events, store, PROJECTIONS);
  await runner.start();
  try {
    const started = performance.now();
    await seedAgreements(events, { count: config.liveAgreements, firstStudent: config.agreements, concurrency: config.liveWriters });
    const appended = performance.now();
    // The log's last event, in the log's own order.
    let last = from;
    for (;;) {
      const page = await sealedStoreOf(events).readAll({ ...(last !== null && { fromPosition: last }), maxCount: 5001 });
      const fresh = page.filter((event) => event.position !== last);
      if (fresh.length === 0) break;
      last = fresh[fresh.length - 1].position;
    }
    while (!reached.has(String(last))) await new Promise((resolve) => setTimeout(resolve, 10));
    const applied = reached.get(String(last))!;
    const liveEvents = config.liveAgreements * 5;
    return {
      events: liveEvents,
      appendedPerSecond: liveEvents / ((appended - started) / 1000),
      appliedPerSecond: liveEvents / ((applied - started) / 1000),
      lagMs: applied - appended,
    };
  } finally {
    await runner.stop();
  }
}

const seconds = (since: number) => (performance.now() - since) / 1000;
const whole = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-GB') : '-');

function markdownTable(machine: MachineInfo, results: RebuildFigures[]): string {
  const lines = [
    `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, PostgreSQL ${machine.postgres} (${machine.postgresDurability}), SQLite ${machine.sqlite}`,
    '',
    '| engine | events | former path, events/s | rebuild, events/s | rebuild / former | same rows |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...results.map(
      (r) =>
        `| ${r.engine} | ${whole(r.events)} | ${whole(r.formerEventsPerSecond)} | ${whole(r.rebuildEventsPerSecond)} | ` +
        `${Number.isFinite(r.formerSeconds) ? `${(r.rebuildEventsPerSecond / r.formerEventsPerSecond).toFixed(1)}x` : '-'} | ${r.sameRows ? 'yes' : 'NO'} |`,
    ),
    '',
    `| engine | live events | appended, events/s (${config.liveWriters} writers) | applied to every read model, events/s | last append to last applied, ms |`,
    '| --- | ---: | ---: | ---: | ---: |',
    ...results.map(
      ({ engine, live }) => `| ${engine} | ${whole(live.events)} | ${whole(live.appendedPerSecond)} | ${whole(live.appliedPerSecond)} | ${whole(live.lagMs)} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
