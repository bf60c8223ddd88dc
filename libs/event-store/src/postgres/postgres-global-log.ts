import type { Pool } from 'pg';
import { RecordedEvent } from '../event-store';
import { EVENT_COLUMNS, EventRow, toRecorded } from './postgres-rows';

export interface GlobalLogRead {
  from: 'start' | { position: bigint; inclusive: boolean };
  maxCount: number;
}

export class UnknownPositionError extends Error {
  override readonly name = 'UnknownPositionError';
  constructor(readonly position: bigint) {
    super(`No event is stored at global position ${position}: resume from a position the log returned`);
  }
}

/**
 * Positions come from a sequence taken before commit, so a transaction that took position
 * 10 may commit after one that took 11. Reading by position alone would skip 10 for good.
 * Instead the log is read in (transaction id, position) order and only below the oldest
 * transaction still running (pg_snapshot_xmin): everything there has settled, so nothing
 * can appear later before the reader's checkpoint. A checkpoint is an event's position;
 * its transaction id is looked up to resume in the same order.
 */
export async function readAllInCommitOrder(pool: Pool, read: GlobalLogRead): Promise<RecordedEvent[]> {
  const settled = 'transaction_id < pg_snapshot_xmin(pg_current_snapshot())';
  if (read.from === 'start') {
    const { rows } = await pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ml_events WHERE ${settled}
       ORDER BY transaction_id, position LIMIT $1`,
      [read.maxCount],
    );
    return rows.map(toRecorded);
  }
  const comparison = read.from.inclusive ? '>=' : '>';
  const { rows } = await pool.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM ml_events
     WHERE (transaction_id, position) ${comparison}
           (SELECT transaction_id, position FROM ml_events WHERE position = $1)
       AND ${settled}
     ORDER BY transaction_id, position LIMIT $2`,
    [String(read.from.position), read.maxCount],
  );
  if (rows.length === 0) await assertPositionExists(pool, read.from.position);
  return rows.map(toRecorded);
}

async function assertPositionExists(pool: Pool, position: bigint): Promise<void> {
  const { rowCount } = await pool.query('SELECT 1 FROM ml_events WHERE position = $1', [String(position)]);
  if (rowCount === 0) throw new UnknownPositionError(position);
}
