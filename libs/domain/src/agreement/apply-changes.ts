import { invalid } from '../errors';
import { refusal, Said } from '../refusals';
import { ChangeAt } from './agreement-refusal-words';
import { AgreementContent, COMPONENT_TABLES } from './agreement.content';
import { ComponentChange, DELETE_REASONS, INSERT_REASONS } from './amendment.changes';

/** What is wrong with the change's reason, and the field of the request's body that says it. */
const reasonProblem = (change: ComponentChange, at: ChangeAt): { field: string; said: Said } | undefined => {
  const { reason } = change;
  if (typeof reason === 'object' && reason !== null) {
    return reason.other?.trim() ? undefined : { field: 'otherReason', said: refusal('changeOtherWithoutText', at) };
  }
  // EWP gives each operation its own reason codes: a deletion is never "extending-mobility".
  const allowed: readonly string[] = change.op === 'insert' ? INSERT_REASONS : DELETE_REASONS;
  return allowed.includes(reason) ? undefined : { field: 'reason', said: refusal('changeNotEwpReason', at, String(reason)) };
};

/** A change refused on one of its fields, named by its path in the request's body (`changes.0.code`). */
const refuseChange = (index: number, field: string, said: Said) => invalid(said, 'CTI-LA-3', [{ field: `changes.${index}.${field}`, said }]);

/**
 * The content a changes proposal would give (CTI-LA-3), changes applied in order, so a
 * deletion then an insertion of the same code substitutes a component. Pure: the given
 * content is left as it was. Refuses, as 'invalid', a deletion of a code absent from its
 * table, an insertion of a code already there, and a reason that does not fit the operation.
 */
export const applyChanges = (content: AgreementContent, changes: readonly ComponentChange[]): AgreementContent => {
  if (changes.length === 0) throw invalid(refusal('noChanges'), 'CTI-LA-3');
  const result: AgreementContent = { ...content };
  changes.forEach((change, index) => {
    const at: ChangeAt = { number: index + 1, op: change.op, table: change.table };
    if (!COMPONENT_TABLES.includes(change.table)) throw refuseChange(index, 'table', refusal('changeNoTable', at));
    const problem = reasonProblem(change, at);
    if (problem) throw refuseChange(index, problem.field, problem.said);
    const rows = result[change.table];
    if (change.op === 'delete') {
      if (!rows.some((row) => row.code === change.code)) {
        throw refuseChange(index, 'code', refusal('changeNothingToDelete', at, change.code));
      }
      result[change.table] = rows.filter((row) => row.code !== change.code);
    } else {
      if (rows.some((row) => row.code === change.component.code)) {
        throw refuseChange(index, 'component.code', refusal('changeAlreadyThere', at, change.component.code));
      }
      result[change.table] = [...rows, change.component];
    }
  });
  return result;
};
