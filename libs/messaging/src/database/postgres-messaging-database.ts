import { Pool, PoolClient } from 'pg';
import { MessagingDatabase, SqlResult } from './messaging-database';

export function openPostgresMessagingDatabase(connectionString: string): MessagingDatabase {
  const pool = new Pool({ connectionString, max: 4 });
  return {
    dialect: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: (sql, params) => run(client, sql, params) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function run<Row>(client: Pool | PoolClient, sql: string, params?: readonly unknown[]): Promise<SqlResult<Row>> {
  const result = await client.query(sql, params ? [...params] : undefined);
  return { rows: result.rows as Row[], changes: result.rowCount ?? 0 };
}

