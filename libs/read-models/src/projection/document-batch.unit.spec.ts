import type { RecordedEvent } from '@app/event-store';
import { recordedStream } from '../testing';
import { StoredDocument, documentChangesOfBatch, storedDocumentOf } from './document-projection';
import { projectInMemory } from './in-memory-rows';
import { DocumentProjection, Row } from './projection';

/** Per account, the deposits of every stream naming it; 'Closed' deletes the document. */
type Balance = { total: number; deposits: number };
const balances: DocumentProjection<Balance> = {
  kind: 'documents',
  name: 'balances',
  version: 1,
  table: { name: 'balances', columns: { total: 'integer' } },
  canHandle: ['Deposited', 'Closed'],
  keysOf: (event) => [(event.data as { account: string }).account],
  evolve: (document, event) =>
    event.type === 'Closed' ? null : { total: (document?.total ?? 0) + (event.data as { amount: number }).amount, deposits: (document?.deposits ?? 0) + 1 },
  columnsOf: (document) => ({ total: document.total }),
};
const deposit = (account: string, amount: number) => ({ type: 'Deposited', data: { account, amount } });
const close = (account: string) => ({ type: 'Closed', data: { account } });

/** The rows left by the batch's changes over the rows stored before it, as a store would write them. */
function afterBatch(before: readonly Row[], batch: readonly RecordedEvent[]): Row[] {
  const stored = new Map<string, StoredDocument>(before.map((row) => [String(row.key), storedDocumentOf(row)]));
  const rows = new Map(before.map((row) => [String(row.key), row]));
  for (const change of documentChangesOfBatch(balances as DocumentProjection, batch, stored)) {
    if (change.kind === 'delete') rows.delete(String(change.key.key));
    else rows.set(String(change.row.key), change.row);
  }
  return [...rows.values()].sort((a, b) => String(a.key).localeCompare(String(b.key)));
}

describe('a batch of events folded into documents at once', () => {
  const log = [
    ...recordedStream('till-1', [deposit('a', 10), deposit('b', 5), deposit('c', 1), deposit('a', 7), close('b'), deposit('d', 2), close('d')]),
    ...recordedStream('till-2', [deposit('a', 1), deposit('b', 3), close('c'), { type: 'Ignored', data: {} }], 20n),
  ];

  it.each([1, 2, 3, 5, log.length])('leaves the rows of applying the events one by one, in batches of %i', (size) => {
    let rows: Row[] = [];
    for (let start = 0; start < log.length; start += size) rows = afterBatch(rows, log.slice(start, start + size));
    expect(rows).toEqual(projectInMemory(balances as DocumentProjection, log).balances);
  });

  it('writes each changed document once, deletes only what was stored, and skips revisions already folded', () => {
    // b is closed then opened again by till-2; d, opened and closed within the batch, was never stored.
    const stored = afterBatch([], log.slice(0, 3));
    const changes = documentChangesOfBatch(balances as DocumentProjection, [...log.slice(0, 3), ...log.slice(3)], new Map(stored.map((row) => [String(row.key), storedDocumentOf(row)])));
    expect(changes.map((change) => [change.kind, change.kind === 'delete' ? change.key.key : change.row.key])).toEqual([
      ['upsert', 'a'],
      ['upsert', 'b'],
      ['delete', 'c'],
    ]);
    expect(changes[0]).toMatchObject({ row: { document: '{"total":18,"deposits":3}', revisions: '{"till-1":3,"till-2":0}' } });
  });
});
