import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { StudentCommand, StudentState, studentDecider, studentStreamId } from '@app/domain';
import { CommandResult, EventStore, InjectEventStore, handleCommand } from '@app/event-store';
import { auditedBy } from '@app/http';
import { assertStudentAccess } from '../access/access-table';
import { DecideStudent } from './decide-student.command';
import { assertStayOfStudent } from './stay-owner';

/** Before the first profile, the school a record belongs to is the one the profile names. */
const schoolOf = (state: StudentState, command: StudentCommand): string | undefined =>
  state.profile?.schoolId ?? (command.type === 'RecordProfile' ? command.data.profile?.schoolId : undefined);

/**
 * Loads, checks who writes and which agreement a record names, decides, appends. The checks
 * run on the state handleCommand folded (no second read of the stream); a replayed
 * Idempotency-Key is the same actor's, who passed them the first time.
 */
@CommandHandler(DecideStudent)
export class DecideStudentHandler implements ICommandHandler<DecideStudent, CommandResult<StudentState>> {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  async execute({ studentId, command, request }: DecideStudent): Promise<CommandResult<StudentState>> {
    return handleCommand({
      store: this.store,
      streamId: studentStreamId(studentId),
      decider: studentDecider,
      command: async (state: StudentState) => {
        assertStudentAccess('record', request.actor, studentId, schoolOf(state, command));
        await assertStayOfStudent(this.store, command, studentId);
        return command;
      },
      ...auditedBy(request),
    });
  }
}
