import { Pool, PoolClient } from 'pg';
import { withTransaction } from '@app/event-store';
import { MessagingDatabase, SqlResult } from './messaging-database';

export function openPostgresMessagingDatabase(connectionString: string): MessagingDatabase {
  const pool = new Pool({ connectionString, max: 4 });
  return {
    dialect: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    transaction: (work) => withTransaction(pool, (client) => work({ query: (sql, params) => run(client, sql, params) })),
    close: () => pool.end(),
  };
}

async function run<Row>(client: Pool | PoolClient, sql: string, params?: readonly unknown[]): Promise<SqlResult<Row>> {
  const result = await client.query(sql, params ? [...params] : undefined);
  return { rows: result.rows as Row[], changes: result.rowCount ?? 0 };
}

