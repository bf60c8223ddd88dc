import { RowOperation, TableDefinition, deleteRow, upsert } from '../projection';
import { foldRowOperations, rowChangesSql } from './row-changes';

const steps: TableDefinition = { name: 'steps', primaryKey: ['trip', 'n'], columns: { trip: 'text', n: 'integer', city: 'text', days: 'integer' } };

describe('row operations folded per row (PostgreSQL writes a batch in a few statements)', () => {
  it('merges the columns of successive upserts, and a delete forgets what came before it', () => {
    const operations: RowOperation[] = [
      upsert('steps', { trip: 't1', n: 1, city: 'Lyon' }),
      upsert('steps', { trip: 't1', n: 1, days: 3 }),
      upsert('steps', { trip: 't1', n: 2, city: 'Turin' }),
      deleteRow('steps', { trip: 't1', n: 2 }),
      deleteRow('steps', { trip: 't1', n: 3 }),
      upsert('steps', { trip: 't1', n: 3, days: 1 }),
    ];
    expect(foldRowOperations(operations, [steps]).map(({ key, deleted, upserted }) => ({ key, deleted, upserted }))).toEqual([
      { key: { trip: 't1', n: 1 }, deleted: false, upserted: { trip: 't1', n: 1, city: 'Lyon', days: 3 } },
      { key: { trip: 't1', n: 2 }, deleted: true, upserted: undefined },
      { key: { trip: 't1', n: 3 }, deleted: true, upserted: { trip: 't1', n: 3, days: 1 } },
    ]);
  });

  it('refuses an unknown column or a missing key, as a single write does', () => {
    expect(() => foldRowOperations([upsert('steps', { trip: 't1', n: 1, colour: 'red' })], [steps])).toThrow('steps has no column colour');
    expect(() => foldRowOperations([deleteRow('steps', { trip: 't1' })], [steps])).toThrow('steps: the key column n is missing');
  });

  it('deletes first, then upserts each column set with one multi-row statement', () => {
    const changes = foldRowOperations(
      [upsert('steps', { trip: 't1', n: 1, city: 'Lyon' }), upsert('steps', { trip: 't2', n: 1, city: 'Oslo' }), deleteRow('steps', { trip: 't3', n: 1 })],
      [steps],
    );
    expect(rowChangesSql(changes)).toEqual([
      { sql: 'DELETE FROM "steps" WHERE ("trip", "n") IN (($1, $2))', values: ['t3', 1] },
      {
        sql: 'INSERT INTO "steps" ("trip", "n", "city") VALUES ($1, $2, $3), ($4, $5, $6) ON CONFLICT ("trip", "n") DO UPDATE SET "city" = excluded."city"',
        values: ['t1', 1, 'Lyon', 't2', 1, 'Oslo'],
      },
    ]);
  });
});
