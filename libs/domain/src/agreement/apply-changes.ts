import { invalid } from '../errors';
import { AgreementContent, COMPONENT_TABLES } from './agreement.content';
import { ComponentChange, DELETE_REASONS, INSERT_REASONS } from './amendment.changes';

const reasonProblem = (change: ComponentChange): string | undefined => {
  const { reason } = change;
  if (typeof reason === 'object' && reason !== null) {
    return reason.other?.trim() ? undefined : 'an "other" reason needs a text';
  }
  // EWP gives each operation its own reason codes: a deletion is never "extending-mobility".
  const allowed: readonly string[] = change.op === 'insert' ? INSERT_REASONS : DELETE_REASONS;
  const operation = change.op === 'insert' ? 'an insertion' : 'a deletion';
  return allowed.includes(reason) ? undefined : `"${String(reason)}" is not an EWP reason for ${operation}`;
};

/**
 * The content a changes proposal would give (CTI-LA-3), changes applied in order, so a
 * deletion then an insertion of the same code substitutes a component. Pure: the given
 * content is left as it was. Refuses, as 'invalid', a deletion of a code absent from its
 * table, an insertion of a code already there, and a reason that does not fit the operation.
 */
export const applyChanges = (content: AgreementContent, changes: readonly ComponentChange[]): AgreementContent => {
  if (changes.length === 0) throw invalid('a changes proposal needs at least one change', 'CTI-LA-3');
  const result: AgreementContent = { ...content };
  changes.forEach((change, index) => {
    const at = `change ${index + 1} (${change.op} in ${change.table})`;
    if (!COMPONENT_TABLES.includes(change.table)) throw invalid(`${at}: no such component table`, 'CTI-LA-3');
    const problem = reasonProblem(change);
    if (problem) throw invalid(`${at}: ${problem}`, 'CTI-LA-3');
    const rows = result[change.table];
    if (change.op === 'delete') {
      if (!rows.some((row) => row.code === change.code)) {
        throw invalid(`${at}: no component ${change.code} to delete`, 'CTI-LA-3');
      }
      result[change.table] = rows.filter((row) => row.code !== change.code);
    } else {
      if (rows.some((row) => row.code === change.component.code)) {
        throw invalid(`${at}: component ${change.component.code} is already in the table`, 'CTI-LA-3');
      }
      result[change.table] = [...rows, change.component];
    }
  });
  return result;
};
