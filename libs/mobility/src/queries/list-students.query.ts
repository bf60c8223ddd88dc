import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Actor, ERASED, studentName } from '@app/domain';
import { AgreementEntry, AgreementSummaries, matchesWords } from '@app/kernel';

export class ListStudents {
  constructor(
    readonly actor: Actor,
    readonly query?: string,
  ) {}
}

/** One line of the student directory: the names the caller's agreements give the student. */
export interface StudentDirectoryLine {
  studentId: string;
  /** "Family, Given" as the student's agreements name them, or `[erased]`. */
  name: string;
  agreements: number;
}

const byName = new Intl.Collator();

/**
 * The students of the agreements the caller may read (LA-PARTY, item by item, as the agreements
 * list), found by name or student number (their account id). Names live sealed in the directory
 * and are opened for this request only: an erased student reads as `[erased]` and is found by
 * number alone, so no index of names outlives an erasure.
 */
@QueryHandler(ListStudents)
export class ListStudentsHandler implements IQueryHandler<ListStudents, { students: StudentDirectoryLine[] }> {
  constructor(private readonly summaries: AgreementSummaries) {}

  async execute({ actor, query = '' }: ListStudents): Promise<{ students: StudentDirectoryLine[] }> {
    const entries = await this.summaries.entries(actor, {});
    const students = linesOf(entries)
      .filter(({ line, names }) => matchesWords([line.studentId, ...names.filter((name) => name !== ERASED)].join(' '), query))
      .map(({ line }) => line)
      .sort((a, b) => byName.compare(a.name, b.name) || a.studentId.localeCompare(b.studentId));
    return { students };
  }
}

const linesOf = (entries: AgreementEntry[]) => {
  const byStudent = new Map<string, { names: Set<string>; agreements: number }>();
  for (const entry of entries) {
    if (entry.status === 'deleted') continue;
    const found = byStudent.get(entry.student.accountId) ?? { names: new Set<string>(), agreements: 0 };
    found.names.add(studentName(entry.student));
    found.agreements += 1;
    byStudent.set(entry.student.accountId, found);
  }
  return [...byStudent].map(([studentId, { names, agreements }]) => {
    const sorted = [...names].sort(byName.compare);
    return { line: { studentId, name: sorted[0], agreements }, names: sorted };
  });
};
