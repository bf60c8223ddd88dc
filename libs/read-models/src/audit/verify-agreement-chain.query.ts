import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Actor, agreementStreamId } from '@app/domain';
import { assertMayRead, loadAgreement } from '@app/agreements';
import { EventStore, InjectEventStore } from '@app/event-store';
import { ChainReport, chainReport } from './chain-report';

/** Recomputes an agreement's hash chain from the event store, not from any read model. */
export class VerifyAgreementChain {
  constructor(
    readonly mobilityId: string,
    readonly actor: Actor,
  ) {}
}

@QueryHandler(VerifyAgreementChain)
export class VerifyAgreementChainHandler implements IQueryHandler<VerifyAgreementChain, ChainReport> {
  constructor(@InjectEventStore() private readonly events: EventStore) {}

  async execute({ mobilityId, actor }: VerifyAgreementChain): Promise<ChainReport> {
    const { state, recorded } = await loadAgreement(this.events, mobilityId);
    assertMayRead(actor, state, mobilityId);
    return chainReport(agreementStreamId(mobilityId), recorded);
  }
}
