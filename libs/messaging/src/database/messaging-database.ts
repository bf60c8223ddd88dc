/**
 * The small SQL surface the relay and the consumers need (checkpoint, lock, processed
 * messages), over the same database as the event store: the SQLite file or PostgreSQL.
 * SQL is written once with `$1` placeholders; the SQLite side rewrites them.
 */
export interface SqlResult<Row> {
  rows: Row[];
  /** Rows inserted, updated or deleted by a write. */
  changes: number;
}

export interface SqlExecutor {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<SqlResult<Row>>;
}

export interface MessagingDatabase extends SqlExecutor {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs `work` in one transaction (BEGIN IMMEDIATE on SQLite): all of it commits or none. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type MessagingDatabaseConfig =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; connectionString: string };
