import { Logger } from '@nestjs/common';
import { Client, Pool } from 'pg';
import { Registry } from 'prom-client';
import { TEST_DATABASE_URL } from '@app/event-store/postgres/postgres-test-database';
import { sample } from '../testing';
import { watchOldestTransaction } from './postgres-oldest-transaction';

describe('the age of the oldest open PostgreSQL transaction', () => {
  const pool = new Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
  const holder = new Client({ connectionString: TEST_DATABASE_URL });
  const registry = new Registry();
  watchOldestTransaction(registry, (sql) => pool.query(sql));
  beforeAll(() => holder.connect());
  afterAll(async () => {
    await holder.end();
    await pool.end();
  });

  it('grows while a transaction that took an id stays open', async () => {
    await holder.query('BEGIN');
    await holder.query('SELECT pg_current_xact_id()'); // takes a transaction id, as a write does
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(sample(await registry.metrics(), 'ml_postgres_oldest_transaction_seconds')).toBeGreaterThanOrEqual(1.1);
    await holder.query('COMMIT');
  });

  it('reads NaN, without failing the scrape, when the database does not answer', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const broken = new Registry();
    watchOldestTransaction(broken, () => Promise.reject(new Error('connection refused')));
    const metrics = await broken.metrics();
    expect(metrics).toContain('# TYPE ml_postgres_oldest_transaction_seconds gauge');
    expect(sample(metrics, 'ml_postgres_oldest_transaction_seconds')).toBeNaN();
    expect(warn).toHaveBeenCalledWith('ml_postgres_oldest_transaction_seconds: connection refused');
    warn.mockRestore();
  });
});
