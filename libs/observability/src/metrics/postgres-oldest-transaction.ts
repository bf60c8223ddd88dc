import { Registry } from 'prom-client';
import { gaugeOnScrape } from './metrics-registry';

export type SqlQuery = (sql: string) => Promise<{ rows: Record<string, unknown>[] }>;

/**
 * The global log is read only below the oldest transaction still running (pg_snapshot_xmin),
 * so a transaction left open anywhere in the cluster holds every reader back. Only backends
 * with a transaction id count: a read-only transaction (backend_xmin alone) does not hold
 * pg_snapshot_xmin back. Our own scrape is left out.
 */
export const OLDEST_TRANSACTION_SQL = `
  SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(xact_start)), 0)::float8 AS seconds
  FROM pg_stat_activity WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid()`;

/** ml_postgres_oldest_transaction_seconds, read at each scrape. */
export function watchOldestTransaction(registry: Registry, query: SqlQuery): void {
  gaugeOnScrape(
    registry,
    { name: 'ml_postgres_oldest_transaction_seconds', help: 'Age of the oldest open transaction that holds the global log back', labelNames: [] },
    () => [query],
    async (run, set) => set({}, Number((await run(OLDEST_TRANSACTION_SQL)).rows[0].seconds)),
  );
}
