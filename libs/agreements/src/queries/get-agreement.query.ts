import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Actor, Language } from '@app/domain';
import { EventStore, InjectEventStore } from '@app/event-store';
import { assertMayRead } from '../read/agreement-access';
import { AgreementView, toAgreementView } from '../read/agreement-view';
import { loadAgreement } from '../read/load-agreement';

export class GetAgreement {
  constructor(
    readonly mobilityId: string,
    readonly actor: Actor,
    readonly language: Language = 'en',
  ) {}
}

@QueryHandler(GetAgreement)
export class GetAgreementHandler implements IQueryHandler<GetAgreement, AgreementView> {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  async execute({ mobilityId, actor, language }: GetAgreement): Promise<AgreementView> {
    const { state, recorded } = await loadAgreement(this.store, mobilityId);
    assertMayRead(actor, state, mobilityId);
    return toAgreementView(state, recorded.at(-1)?.revision ?? 'no_stream', language);
  }
}
