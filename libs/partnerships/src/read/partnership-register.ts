import { Injectable } from '@nestjs/common';
import {
  AgreementEvent,
  AgreementState,
  MobilityFacts,
  PartnershipEvent,
  PartnershipState,
  agreementDecider,
  mobilityFactsOf,
  mobilityIdOf,
  partnershipDecider,
  partnershipIdOf,
} from '@app/domain';
import { EventStore, InjectEventStore, RecordedEvent, asDomainEvent } from '@app/event-store';

const PAGE_READ = 1000;
const COUNTED: ReadonlySet<AgreementState['status']> = new Set(['draft', 'signing', 'approved', 'amendment-proposed']);

/**
 * Partnerships and the mobilities drafted or approved under them, folded from the global log
 * in memory and brought up to date before each query, as the agreements list is.
 */
@Injectable()
export class PartnershipRegister {
  private readonly partnerships = new Map<string, PartnershipState>();
  private readonly agreements = new Map<string, AgreementState>();
  private checkpoint: bigint | undefined;
  private catchingUp: Promise<void> = Promise.resolve();

  constructor(@InjectEventStore() private readonly store: EventStore) {}

  async read(): Promise<{ partnerships: PartnershipState[]; mobilities: MobilityFacts[] }> {
    this.catchingUp = this.catchingUp.then(() => this.readNewEvents());
    await this.catchingUp;
    const mobilities = [...this.agreements.values()]
      .filter((state) => COUNTED.has(state.status) && state.current)
      .map((state) => mobilityFactsOf(state.current!.content));
    return { partnerships: [...this.partnerships.values()], mobilities };
  }

  private fold(recorded: RecordedEvent): void {
    const partnershipId = partnershipIdOf(recorded.streamId);
    if (partnershipId) {
      const state = this.partnerships.get(partnershipId) ?? partnershipDecider.initialState();
      this.partnerships.set(partnershipId, partnershipDecider.evolve(state, asDomainEvent<PartnershipEvent>(recorded)));
      return;
    }
    const mobilityId = mobilityIdOf(recorded.streamId);
    if (mobilityId) {
      const state = this.agreements.get(mobilityId) ?? agreementDecider.initialState();
      this.agreements.set(mobilityId, agreementDecider.evolve(state, asDomainEvent<AgreementEvent>(recorded)));
    }
  }

  private async readNewEvents(): Promise<void> {
    for (;;) {
      const page = await this.store.readAll({ fromPosition: this.checkpoint, maxCount: PAGE_READ + 1 });
      const fresh = this.checkpoint === undefined ? page : page.filter((e) => e.position !== this.checkpoint);
      if (fresh.length === 0) return;
      fresh.forEach((recorded) => this.fold(recorded));
      this.checkpoint = fresh[fresh.length - 1].position;
    }
  }
}
