import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Actor, ChainVerification, verifyChain } from '@app/domain';
import { EventStore, InjectEventStore, storedEvent } from '@app/event-store';
import { assertMayRead } from '../read/agreement-access';
import { loadAgreement } from '../read/load-agreement';

export interface AgreementEventsView {
  chain: ChainVerification extends infer C ? { [K in keyof C]: C[K] extends bigint ? string : C[K] } : never;
  events: Array<{
    id: string;
    revision: string;
    type: string;
    schemaVersion: number;
    recordedAt: string;
    data: unknown;
    metadata: Record<string, unknown>;
  }>;
}

/** Every event of the agreement, with the result of checking its hash chain. */
export class GetAgreementEvents {
  constructor(
    readonly mobilityId: string,
    readonly actor: Actor,
  ) {}
}

@QueryHandler(GetAgreementEvents)
export class GetAgreementEventsHandler implements IQueryHandler<GetAgreementEvents, AgreementEventsView> {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  async execute({ mobilityId, actor }: GetAgreementEvents): Promise<AgreementEventsView> {
    const { state, recorded } = await loadAgreement(this.store, mobilityId);
    assertMayRead(actor, state, mobilityId);
    const chain = verifyChain(recorded.map(storedEvent));
    return {
      chain: chain.verified ? chain : { ...chain, brokenAt: String(chain.brokenAt) },
      events: recorded.map((e) => ({
        id: e.id,
        revision: String(e.revision),
        type: e.type,
        schemaVersion: e.schemaVersion,
        recordedAt: e.recordedAt.toISOString(),
        data: e.data,
        metadata: e.metadata,
      })),
    };
  }
}
