/** A student the ledger holds a record of (stream `student-<id>`): their school and whether they were erased; nothing personal. */
export interface RosterEntry {
  studentId: string;
  /** The profile's school; null before a profile is recorded. */
  schoolId: string | null;
  erased: boolean;
}

/**
 * The students' records as the directory lists them, served by the read models and up to date
 * with every command appended before the call: students recorded at a school before any
 * agreement names them, and the students whose personal data was erased.
 */
export abstract class StudentRoster {
  /** The students whose profile names this school; every profiled student without one. */
  abstract atSchool(schoolId?: string): Promise<RosterEntry[]>;
  /** The entries of these students, those the ledger holds a record of. */
  abstract find(studentIds: string[]): Promise<RosterEntry[]>;
}
