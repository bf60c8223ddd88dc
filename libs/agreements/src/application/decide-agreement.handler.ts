import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AgreementState, agreementDecider, agreementStreamId } from '@app/domain';
import { CommandResult, EventStore, InjectEventStore, handleCommand } from '@app/event-store';
import { auditedBy } from '@app/http';
import { DecideAgreement } from './decide-agreement.command';
import { withContentHashKeyOn } from './content-hash-key';
import { withCoverageOn } from './partnership-coverage';

/**
 * Loads the agreement's stream, decides, appends; decides again on fresh state after a conflict.
 * Drafting and signing carry the partnership coverage looked up first (LA-PARTNERSHIP); what
 * hashes new content carries the student's content-hash key (CTI-LA-4, scheme 2).
 */
@CommandHandler(DecideAgreement)
export class DecideAgreementHandler implements ICommandHandler<DecideAgreement, CommandResult<AgreementState>> {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  async execute({ mobilityId, command, request }: DecideAgreement): Promise<CommandResult<AgreementState>> {
    return handleCommand({
      store: this.store,
      streamId: agreementStreamId(mobilityId),
      decider: agreementDecider,
      // The decider stays pure: the coverage and the key it needs are looked up here, on the state it decides on.
      command: async (state: AgreementState) =>
        withContentHashKeyOn(this.store, await withCoverageOn(this.store, typeof command === 'function' ? command(state) : command, state), state),
      ...auditedBy(request),
    });
  }
}
