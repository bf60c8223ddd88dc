import { TableDefinition } from './projection';
import { createIndexesSql, selectSql } from './table-sql';

const facts: TableDefinition = {
  name: 'agreement_facts',
  primaryKey: ['key'],
  columns: { key: 'text', school: 'text', academic_year: 'text', student_id: 'text' },
  indexes: [['school', 'academic_year'], ['student_id']],
};

describe('read-model SQL', () => {
  it('filters a column on a list of values in one parameter: = ANY on PostgreSQL, json_each on SQLite', () => {
    expect(selectSql(facts, { student_id: ['acc-olga', 'acc-ivan'], school: 'insa-lyon.fr' }, 'postgres', ['key'])).toEqual({
      sql: 'SELECT "key" FROM "agreement_facts" WHERE "student_id" = ANY($1) AND "school" = $2 ORDER BY "key"',
      values: [['acc-olga', 'acc-ivan'], 'insa-lyon.fr'],
    });
    expect(selectSql(facts, { student_id: ['acc-olga', 'acc-ivan'], school: 'insa-lyon.fr' }, 'sqlite', ['key'])).toEqual({
      sql: 'SELECT "key" FROM "agreement_facts" WHERE "student_id" IN (SELECT value FROM json_each(?)) AND "school" = ? ORDER BY "key"',
      values: ['["acc-olga","acc-ivan"]', 'insa-lyon.fr'],
    });
  });

  it('refuses a filter or an index on a column the table does not declare', () => {
    expect(() => selectSql(facts, { mobility_id: ['m'] }, 'sqlite')).toThrow('agreement_facts has no column mobility_id');
    expect(() => createIndexesSql({ ...facts, indexes: [['receiving']] })).toThrow('agreement_facts has no column receiving');
  });

  it('names each index after its table and columns, created only when missing', () => {
    expect(createIndexesSql(facts)).toEqual([
      'CREATE INDEX IF NOT EXISTS "agreement_facts__school__academic_year" ON "agreement_facts" ("school", "academic_year")',
      'CREATE INDEX IF NOT EXISTS "agreement_facts__student_id" ON "agreement_facts" ("student_id")',
    ]);
  });
});
