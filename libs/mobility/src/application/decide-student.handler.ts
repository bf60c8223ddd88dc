import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { StudentState, studentDecider, studentStreamId } from '@app/domain';
import { CommandResult, EventStore, InjectEventStore, handleCommand } from '@app/event-store';
import { auditedBy } from '@app/http';
import { assertStudentAccess } from '../access/access-table';
import { StudentSchools } from '../access/student-school';
import { DecideStudent } from './decide-student.command';
import { assertStayOfStudent } from './stay-owner';

/**
 * Loads, checks who writes and which agreement a record names, decides, appends. The checks
 * run on the state handleCommand folded (no second read of the stream); a replayed
 * Idempotency-Key is the same actor's, who passed them the first time. Before the first
 * profile, the record's school is the one the ledger shows the student chose
 * (StudentSchools), never the one the profile names: the decider then checks that the
 * profile names the recorder's own school (STUDENT-ACTOR).
 */
@CommandHandler(DecideStudent)
export class DecideStudentHandler implements ICommandHandler<DecideStudent, CommandResult<StudentState>> {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly schools: StudentSchools,
  ) {}

  async execute({ studentId, command, request }: DecideStudent): Promise<CommandResult<StudentState>> {
    return handleCommand({
      store: this.store,
      streamId: studentStreamId(studentId),
      decider: studentDecider,
      command: async (state: StudentState) => {
        assertStudentAccess('record', request.actor, studentId, await this.schools.schoolOf(request.actor, studentId, state.profile?.schoolId));
        return assertStayOfStudent(this.store, command, studentId);
      },
      ...auditedBy(request),
    });
  }
}
