import { Projection, Row, tablesOf } from '../projection';
import { ProjectionStore } from '../store';

/** Every row of every table of the projections, by table name: two stores compare as plain data. */
export async function readModelSnapshot(store: ProjectionStore, projections: readonly Projection[]): Promise<Record<string, Row[]>> {
  const snapshot: Record<string, Row[]> = {};
  for (const projection of projections) {
    for (const table of tablesOf(projection)) snapshot[table.name] = await store.select(projection, table.name);
  }
  return snapshot;
}
