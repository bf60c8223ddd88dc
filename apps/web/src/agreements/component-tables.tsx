import type { Change, Content, Table } from '../api/types';
import { ComponentTable } from './component-table';

/** Tables A, B and C always; blended and doctoral components when the agreement has some. */
const ALWAYS: Table[] = ['studiedAbroad', 'recognisedAtHome', 'virtual'];
const WHEN_PRESENT: Table[] = ['blended', 'doctoral'];

export function ComponentTables({ content, changes }: { content: Content; changes?: Change[] }) {
  const tables = [...ALWAYS, ...WHEN_PRESENT.filter((table) => content[table]?.length || changes?.some((change) => change.table === table))];
  return (
    <>
      {tables.map((table) => (
        <ComponentTable key={table} table={table} components={content[table] ?? []} changes={changes} />
      ))}
    </>
  );
}
