import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore, createEventStore } from '@app/event-store';
import { createTestSchema } from '../../../event-store/src/postgres/postgres-test-database';
import { ProjectionStore, createProjectionStore } from '../store';

export type StoreKind = 'sqlite' | 'postgres';

export interface StoresUnderTest {
  events: EventStore;
  projections: ProjectionStore;
  /** The SQLite file or PostgreSQL connection string both live in. */
  location: string;
  dispose(): Promise<void>;
}

/** An event store and a projection store sharing one fresh database: a temporary SQLite file or PostgreSQL schema. */
export async function storesUnderTest(kind: StoreKind): Promise<StoresUnderTest> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'ml-read-models-'));
    const path = join(dir, 'ledger.db');
    const events = await createEventStore({ kind, path });
    const projections = await createProjectionStore({ kind, path });
    return { events, projections, location: path, dispose: closing(events, projections, async () => rmSync(dir, { recursive: true, force: true })) };
  }
  const schema = await createTestSchema();
  const events = await createEventStore({ kind, connectionString: schema.connectionString });
  const projections = await createProjectionStore({ kind, connectionString: schema.connectionString });
  return { events, projections, location: schema.connectionString, dispose: closing(events, projections, schema.drop) };
}

const closing = (events: EventStore, projections: ProjectionStore, then: () => Promise<void>) => async () => {
  await projections.close();
  await events.close();
  await then();
};

/** Polls until the check passes, failing after `ms`. */
export async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not reached within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
