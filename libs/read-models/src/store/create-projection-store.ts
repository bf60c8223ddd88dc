import { PostgresProjectionStore } from './postgres-projection-store';
import { ProjectionStore } from './projection-store';
import { SqliteProjectionStore } from './sqlite-projection-store';

export type ProjectionStoreConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; connectionString: string };

export async function createProjectionStore(config: ProjectionStoreConfig): Promise<ProjectionStore> {
  return config.kind === 'sqlite' ? new SqliteProjectionStore(config.path) : PostgresProjectionStore.connect(config.connectionString);
}
