export * from './projection';
export {
  documentChange,
  documentChangesOfBatch,
  documentKeysOf,
  documentKeysOfBatch,
  documentTableDefinition,
  storedDocumentOf,
  tablesOf,
} from './document-projection';
export type { StoredDocument } from './document-projection';
export { createIndexesSql, createTableSql, dropTableSql, operationSql, selectSql, tableNamed } from './table-sql';
export type { Dialect, Statement, Where } from './table-sql';
export { documentsInMemory, projectInMemory } from './in-memory-rows';
export type { TableRows } from './in-memory-rows';
