import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Actor, AgreementSummary, isIncoming, mobilityAgreementOf, studentName } from '@app/domain';
import { AgreementSummaries } from '@app/agreements';
import { EventStore, InjectEventStore } from '@app/event-store';
import { assertSchoolAccess } from '../access/access-table';
import { findAgreements } from '../read/find-agreements';

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

@QueryHandler(ListIncomingAgreements)
export class ListIncomingAgreementsHandler implements IQueryHandler<ListIncomingAgreements, IncomingAgreement[]> {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly summaries: AgreementSummaries,
  ) {}

  async execute({ schoolId, actor }: ListIncomingAgreements): Promise<IncomingAgreement[]> {
    assertSchoolAccess('read-incoming', actor, schoolId);
    const states = await findAgreements(this.summaries, this.store, { institution: schoolId });
    return states.flatMap((state) => {
      const agreement = mobilityAgreementOf(state);
      if (!agreement || !isIncoming(agreement, schoolId)) return [];
      const { student, receivingAcademicYear } = state.current!.content;
      return [
        {
          ...agreement,
          status: state.status,
          studentAccountId: student.accountId,
          studentName: studentName(student),
          receivingAcademicYear,
        },
      ];
    });
  }
}
