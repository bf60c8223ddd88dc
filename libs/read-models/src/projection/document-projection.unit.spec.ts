import type { RecordedEvent } from '@app/event-store';
import { recordedStream } from '../testing';
import { documentsInMemory, projectInMemory } from './in-memory-rows';
import { DocumentProjection } from './projection';

/** A toy: per account, the deposits of every stream naming it; 'Closed' deletes the document. */
type Balance = { total: number; deposits: number };
const balances: DocumentProjection<Balance> = {
  kind: 'documents',
  name: 'balances',
  version: 1,
  table: { name: 'balances', columns: { total: 'integer', owner: 'text' } },
  canHandle: ['Deposited', 'Closed'],
  keysOf: (event) => [(event.data as { account: string }).account],
  evolve: (document, event) =>
    event.type === 'Closed' ? null : { total: (document?.total ?? 0) + (event.data as { amount: number }).amount, deposits: (document?.deposits ?? 0) + 1 },
  columnsOf: (document) => ({ total: document.total }),
};

const deposit = (account: string, amount: number) => ({ type: 'Deposited', data: { account, amount } });
const log: RecordedEvent[] = [
  ...recordedStream('till-1', [deposit('a', 10), deposit('b', 5), { type: 'Ignored', data: {} }, deposit('a', 7)]),
  ...recordedStream('till-2', [deposit('a', 1), { type: 'Closed', data: { account: 'b' } }], 10n),
];

describe('document projections in memory', () => {
  it('folds every event of every stream into one document per key, and null deletes it', () => {
    expect(documentsInMemory(balances, log)).toEqual({ a: { total: 18, deposits: 3 } });
  });

  it('stores the JSON document, the revisions folded per stream, and every query column (null when absent)', () => {
    expect(projectInMemory(balances, log).balances).toEqual([
      { key: 'a', document: '{"total":18,"deposits":3}', revisions: '{"till-1":3,"till-2":0}', total: 18, owner: null },
    ]);
  });

  it('changes nothing when events are delivered twice, one by one or as a whole replay', () => {
    const once = projectInMemory(balances, log);
    expect(projectInMemory(balances, log.flatMap((event) => [event, event]))).toEqual(once);
    expect(projectInMemory(balances, [...log.slice(0, 4), ...log])).toEqual(once);
  });
});
