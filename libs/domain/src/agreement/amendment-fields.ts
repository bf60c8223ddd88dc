import { AgreementContent, COMPONENT_TABLES, ComponentTable } from './agreement.content';
import { ComponentChange } from './amendment.changes';

/** `content.<table>.<row>` and what follows it, as the content's checks name a row's fields. */
const ROW_FIELD = new RegExp(`^content\\.(${COMPONENT_TABLES.join('|')})\\.(\\d+)(\\..+)?$`);

/**
 * The change that put row `row` of `table` there: the last insertion of its code into that
 * table (an insertion of a code the table holds is refused, so no other row has it). None
 * for a row of the version in force.
 */
const insertionOf = (changes: readonly ComponentChange[], content: AgreementContent, table: ComponentTable, row: number): number | undefined => {
  const code = content[table][row]?.code;
  for (let index = changes.length - 1; index >= 0; index -= 1) {
    const change = changes[index];
    if (change.op === 'insert' && change.table === table && change.component.code === code) return index;
  }
  return undefined;
};

/**
 * A field of the proposed content, named as the amendment's request names it: a row an
 * insertion added is that change's component (`content.studiedAbroad.2.credits` ->
 * `changes.1.component.credits`), so that a form says the refusal beside the change line
 * that caused it. A field no change gives keeps its path in the content.
 */
export const changeFieldOf = (changes: readonly ComponentChange[], content: AgreementContent, field: string): string => {
  const match = ROW_FIELD.exec(field);
  if (!match) return field;
  const [, table, row, rest = ''] = match;
  const index = insertionOf(changes, content, table as ComponentTable, Number(row));
  return index === undefined ? field : `changes.${index}.component${rest}`;
};
