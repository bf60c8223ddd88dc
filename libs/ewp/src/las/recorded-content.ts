import { AgreementContent, ERASED, STUDENT_PERSONAL_FIELDS, sameContent, withMinorFieldsOf } from '@app/domain';

const isErased = (value: unknown) => value === ERASED || value === null;

/**
 * What a document shows, read as the ledger recorded it: a personal field of the student the
 * ledger erased takes its erased reading. The ledger can no longer tell whether the document's
 * value is the one it had, and must not be able to (nothing kept confirms a guess).
 */
export function asRecorded(recorded: AgreementContent, shown: AgreementContent): AgreementContent {
  const erased = STUDENT_PERSONAL_FIELDS.filter((field) => isErased(recorded.student[field]));
  if (erased.length === 0 || !shown.student) return shown;
  return { ...shown, student: { ...shown.student, ...Object.fromEntries(erased.map((field) => [field, recorded.student[field]])) } };
}

/**
 * The document shows the recorded content. Compared as content, not by hash: a scheme 2 hash
 * commits to the student's fields under their key, which an erasure removed.
 */
export const showsRecorded = (recorded: AgreementContent, shown: AgreementContent): boolean => sameContent(recorded, asRecorded(recorded, shown));

/**
 * The document shows the recorded signed version: compared without the planned dates and the
 * contact persons, which EWP carries outside its versions and the ledger changes as minor
 * changes under the version's signatures (LA-MINOR).
 */
export const showsSigned = (recorded: AgreementContent, shown: AgreementContent): boolean =>
  showsRecorded(recorded, withMinorFieldsOf(recorded, shown));
