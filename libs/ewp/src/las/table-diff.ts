import { COMPONENT_TABLES, canonicalJson } from '@app/domain';
import type { AgreementContent, ChangeReason, ComponentChange, ComponentTable, DeleteReasonCode, InsertReasonCode, OtherReason } from '@app/domain';

export type ReasonOf = (op: ComponentChange['op'], table: ComponentTable, code: string) => ChangeReason;

/**
 * The changes that take `from` to `to`, table by table: deletions first (a changed
 * component is deleted and inserted again), then insertions in `to`'s order. Applied with
 * the domain's `applyChanges`, they give `to`'s rows in `to`'s order, because amendments
 * only ever append; so EWP's cumulative `approved-changes` can be replayed as one amendment.
 */
export const diffTables = (from: AgreementContent, to: AgreementContent, reasonOf: ReasonOf): ComponentChange[] =>
  COMPONENT_TABLES.flatMap((table) => {
    const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
    const before = new Map(from[table].map((row) => [row.code, row]));
    const after = new Map(to[table].map((row) => [row.code, row]));
    const deleted = from[table].filter((row) => !after.has(row.code) || !same(row, after.get(row.code)));
    const inserted = to[table].filter((row) => !before.has(row.code) || !same(row, before.get(row.code)));
    return [
      ...deleted.map((row): ComponentChange => ({ op: 'delete', table, code: row.code, reason: reasonOf('delete', table, row.code) as DeleteReasonCode | OtherReason })),
      ...inserted.map((row): ComponentChange => ({ op: 'insert', table, component: row, reason: reasonOf('insert', table, row.code) as InsertReasonCode | OtherReason })),
    ];
  });
