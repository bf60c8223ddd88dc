import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Actor, RecognitionState } from '@app/domain';
import { EventStore, InjectEventStore } from '@app/event-store';
import { assertMayRead, loadAgreement } from '@app/agreements';
import { loadRecognition } from '../read/load-recognition';

/** The recognition of one mobility: transcripts, credits recognised and how, failures and remedies. */
export class GetRecognition {
  constructor(
    readonly mobilityId: string,
    readonly actor: Actor,
  ) {}
}

@QueryHandler(GetRecognition)
export class GetRecognitionHandler implements IQueryHandler<GetRecognition, RecognitionState & { mobilityId: string }> {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  async execute({ mobilityId, actor }: GetRecognition) {
    const { state: agreement } = await loadAgreement(this.store, mobilityId);
    assertMayRead(actor, agreement, mobilityId);
    return { ...(await loadRecognition(this.store, mobilityId)), mobilityId };
  }
}
