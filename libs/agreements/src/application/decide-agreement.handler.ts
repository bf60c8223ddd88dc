import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AgreementState, agreementDecider, agreementStreamId } from '@app/domain';
import { CommandResult, EventStore, InjectEventStore, handleCommand } from '@app/event-store';
import { auditedBy } from '@app/http';
import { DecideAgreement } from './decide-agreement.command';
import { withCoverageOn } from './partnership-coverage';

/**
 * Loads the agreement's stream, decides, appends; decides again on fresh state after a conflict.
 * Drafting and signing carry the partnership coverage looked up first (LA-PARTNERSHIP).
 */
@CommandHandler(DecideAgreement)
export class DecideAgreementHandler implements ICommandHandler<DecideAgreement, CommandResult<AgreementState>> {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  async execute({ mobilityId, command, request }: DecideAgreement): Promise<CommandResult<AgreementState>> {
    return handleCommand({
      store: this.store,
      streamId: agreementStreamId(mobilityId),
      decider: agreementDecider,
      // The decider stays pure: the coverage it needs is looked up here, on the state it decides on.
      command: (state: AgreementState) => withCoverageOn(this.store, typeof command === 'function' ? command(state) : command, state),
      ...auditedBy(request),
    });
  }
}
