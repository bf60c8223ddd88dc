import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PartnershipState, partnershipDecider, partnershipStreamId } from '@app/domain';
import { CommandResult, EventStore, InjectEventStore, handleCommand } from '@app/event-store';
import { auditedBy } from '@app/http';
import { DecidePartnership } from './decide-partnership.command';

/** Loads the partnership's stream, decides, appends; decides again on fresh state after a conflict. */
@CommandHandler(DecidePartnership)
export class DecidePartnershipHandler implements ICommandHandler<DecidePartnership, CommandResult<PartnershipState>> {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  execute({ partnershipId, command, request }: DecidePartnership): Promise<CommandResult<PartnershipState>> {
    return handleCommand({
      store: this.store,
      streamId: partnershipStreamId(partnershipId),
      decider: partnershipDecider,
      command,
      ...auditedBy(request),
    });
  }
}
