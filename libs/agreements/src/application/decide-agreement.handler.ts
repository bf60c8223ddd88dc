import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AgreementState, agreementDecider, agreementStreamId } from '@app/domain';
import { CommandResult, EventStore, InjectEventStore, handleCommand } from '@app/event-store';
import { auditedBy } from '@app/http';
import { DecideAgreement } from './decide-agreement.command';

/** Loads the agreement's stream, decides, appends; decides again on fresh state after a conflict. */
@CommandHandler(DecideAgreement)
export class DecideAgreementHandler implements ICommandHandler<DecideAgreement, CommandResult<AgreementState>> {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  execute({ mobilityId, command, request }: DecideAgreement): Promise<CommandResult<AgreementState>> {
    return handleCommand({
      store: this.store,
      streamId: agreementStreamId(mobilityId),
      decider: agreementDecider,
      command,
      ...auditedBy(request),
    });
  }
}
