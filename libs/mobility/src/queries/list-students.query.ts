import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Actor, ERASED, studentName } from '@app/domain';
import { AgreementEntry, AgreementSummaries, RosterEntry, StudentRoster, matchesWords } from '@app/kernel';

export class ListStudents {
  constructor(
    readonly actor: Actor,
    readonly query?: string,
  ) {}
}

/** One line of the student directory: the names the caller's agreements give the student. */
export interface StudentDirectoryLine {
  studentId: string;
  /** "Family, Given" as the student's agreements name them; null once erased, or while no agreement names them. */
  name: string | null;
  agreements: number;
  /** Their personal data was erased: names, email and birth date read as erased for good. */
  erased: boolean;
}

const byName = new Intl.Collator();

/**
 * The students of the agreements the caller may read (LA-PARTY, item by item, as the agreements
 * list), and the students recorded at the caller's school that no agreement names yet (a
 * profile, stays, a derogation: STUDENT-ACTOR, the school's own), found by name or student
 * number (their account id). Names live sealed in the directory and are opened for this
 * request only: an erased student reads as erased and is found by number alone, so no index of
 * names outlives an erasure.
 */
@QueryHandler(ListStudents)
export class ListStudentsHandler implements IQueryHandler<ListStudents, { students: StudentDirectoryLine[] }> {
  constructor(
    private readonly summaries: AgreementSummaries,
    private readonly roster: StudentRoster,
  ) {}

  async execute({ actor, query = '' }: ListStudents): Promise<{ students: StudentDirectoryLine[] }> {
    const fromAgreements = linesOf(await this.summaries.entries(actor, {}));
    const named = new Set(fromAgreements.map(({ studentId }) => studentId));
    const recorded = (await recordedStudentsFor(this.roster, actor)).filter(({ studentId }) => !named.has(studentId));
    const erased = new Set([...(await this.roster.find([...named])), ...recorded].filter((entry) => entry.erased).map(({ studentId }) => studentId));
    const lines = [...fromAgreements, ...recorded.map(({ studentId }) => ({ studentId, names: [] as string[], agreements: 0 }))];
    const students = lines
      .map(({ studentId, names, agreements }) => {
        const gone = erased.has(studentId) || (names.length > 0 && names.every((name) => name === ERASED));
        const readable = gone ? [] : names.filter((name) => name !== ERASED);
        return { line: { studentId, name: readable[0] ?? null, agreements, erased: gone }, words: [studentId, ...readable].join(' ') };
      })
      .filter(({ words }) => matchesWords(words, query))
      .map(({ line }) => line)
      .sort((a, b) => byName.compare(a.name ?? '', b.name ?? '') || a.studentId.localeCompare(b.studentId));
    return { students };
  }
}

/**
 * The recorded students the caller lists (STUDENT-ACTOR): their school's; every school's for
 * admins and CTI experts (auditors of no institution); none for staff whose token names no
 * institution, who relate to no student's school.
 */
const recordedStudentsFor = (roster: StudentRoster, actor: Actor): Promise<RosterEntry[]> => {
  if (actor.role === 'admin' || (actor.role === 'auditor' && !actor.institution)) return roster.atSchool();
  return actor.institution ? roster.atSchool(actor.institution) : Promise.resolve([]);
};

const linesOf = (entries: AgreementEntry[]) => {
  const byStudent = new Map<string, { names: Set<string>; agreements: number }>();
  for (const entry of entries) {
    if (entry.status === 'deleted') continue;
    const found = byStudent.get(entry.student.accountId) ?? { names: new Set<string>(), agreements: 0 };
    found.names.add(studentName(entry.student));
    found.agreements += 1;
    byStudent.set(entry.student.accountId, found);
  }
  return [...byStudent].map(([studentId, { names, agreements }]) => ({ studentId, names: [...names].sort(byName.compare), agreements }));
};
