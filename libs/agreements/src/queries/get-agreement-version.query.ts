import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Actor, ApprovedVersion, notFound } from '@app/domain';
import { EventStore, InjectEventStore } from '@app/event-store';
import { assertMayRead } from '../read/agreement-access';
import { loadAgreement } from '../read/load-agreement';
import { versionRefusal } from './version-refusal-words';

/** An approved version as it was signed (CTI-LA-3: every version stays readable). */
export class GetAgreementVersion {
  constructor(
    readonly mobilityId: string,
    readonly version: number,
    readonly actor: Actor,
  ) {}
}

@QueryHandler(GetAgreementVersion)
export class GetAgreementVersionHandler implements IQueryHandler<GetAgreementVersion, ApprovedVersion> {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  async execute({ mobilityId, version, actor }: GetAgreementVersion): Promise<ApprovedVersion> {
    const { state } = await loadAgreement(this.store, mobilityId);
    assertMayRead(actor, state, mobilityId);
    const found = state.versions.find((v) => v.number === version);
    if (!found) throw notFound(versionRefusal('noApprovedVersion', mobilityId, version), 'CTI-LA-3');
    return found;
  }
}
