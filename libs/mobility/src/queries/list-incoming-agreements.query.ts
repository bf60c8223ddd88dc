import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Actor, AgreementSummary, isIncoming, studentName } from '@app/domain';
import { AgreementSummaries } from '@app/kernel';
import { assertSchoolAccess } from '../access/access-table';
import { SYSTEM_READER } from '../read/find-agreements';

export type IncomingAgreement = AgreementSummary & {
  status: string;
  studentAccountId: string;
  studentName: string;
  receivingAcademicYear: string;
};

/** CTI-IN-1: agreements where the school is the receiving party, listed apart from its students' stays. */
export class ListIncomingAgreements {
  constructor(
    readonly schoolId: string,
    readonly actor: Actor,
  ) {}
}

/** `localeCompare`'s order, with the collator built once. */
const byName = new Intl.Collator();

@QueryHandler(ListIncomingAgreements)
export class ListIncomingAgreementsHandler implements IQueryHandler<ListIncomingAgreements, IncomingAgreement[]> {
  constructor(private readonly summaries: AgreementSummaries) {}

  /** Read from the agreements directory's entries: no agreement stream is read. */
  async execute({ schoolId, actor }: ListIncomingAgreements): Promise<IncomingAgreement[]> {
    assertSchoolAccess('read-incoming', actor, schoolId);
    const entries = await this.summaries.entries(SYSTEM_READER, { institution: schoolId });
    return entries
      .flatMap(({ mobility, status, student, receivingAcademicYear }) =>
        mobility && isIncoming(mobility, schoolId)
          ? [{ ...mobility, status, studentAccountId: student.accountId, studentName: studentName(student), receivingAcademicYear }]
          : [],
      )
      .sort((a, b) => byName.compare(a.studentName, b.studentName) || byName.compare(a.mobilityId, b.mobilityId));
  }
}
