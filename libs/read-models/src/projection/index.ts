export * from './projection';
export { createTableSql, dropTableSql, operationSql, selectSql, tableNamed } from './table-sql';
export type { Dialect, Statement } from './table-sql';
export { projectInMemory } from './in-memory-rows';
export type { TableRows } from './in-memory-rows';
