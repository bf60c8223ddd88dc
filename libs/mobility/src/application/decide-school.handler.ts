import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SchoolState, schoolDecider, schoolStreamId } from '@app/domain';
import { CommandResult, EventStore, InjectEventStore, handleCommand } from '@app/event-store';
import { auditedBy } from '@app/http';
import { assertSchoolAccess } from '../access/access-table';
import { DecideSchool } from './decide-school.command';

/** Loads the school's settings stream, decides, appends; decides again on fresh state after a conflict. */
@CommandHandler(DecideSchool)
export class DecideSchoolHandler implements ICommandHandler<DecideSchool, CommandResult<SchoolState>> {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  execute({ schoolId, command, request }: DecideSchool): Promise<CommandResult<SchoolState>> {
    assertSchoolAccess('configure', request.actor, schoolId);
    return handleCommand({
      store: this.store,
      streamId: schoolStreamId(schoolId),
      decider: schoolDecider,
      command,
      ...auditedBy(request),
    });
  }
}
