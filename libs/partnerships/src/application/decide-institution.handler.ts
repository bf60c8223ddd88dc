import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InstitutionState, institutionDecider, institutionStreamId } from '@app/domain';
import { CommandResult, EventStore, InjectEventStore, handleCommand } from '@app/event-store';
import { auditedBy } from '@app/http';
import { DecideInstitution } from './decide-institution.command';

/** Loads the institution's stream, decides, appends; decides again on fresh state after a conflict. */
@CommandHandler(DecideInstitution)
export class DecideInstitutionHandler implements ICommandHandler<DecideInstitution, CommandResult<InstitutionState>> {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  execute({ command, request }: DecideInstitution): Promise<CommandResult<InstitutionState>> {
    return handleCommand({
      store: this.store,
      streamId: institutionStreamId(command.data.heiId),
      decider: institutionDecider,
      command,
      ...auditedBy(request),
    });
  }
}
