import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AgreementState, agreementDecider, agreementStreamId } from '@app/domain';
import { CommandResult, EventStore, InjectEventStore, handleCommand } from '@app/event-store';
import { auditedBy } from '@app/http';
import { DecideAgreement } from './decide-agreement.command';
import { withPartnershipCoverage } from './partnership-coverage';

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
      command: await withPartnershipCoverage(this.store, mobilityId, command),
      ...auditedBy(request),
    });
  }
}
