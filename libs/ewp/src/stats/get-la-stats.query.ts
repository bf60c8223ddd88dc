import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Actor } from '@app/domain';
import {
  AGREEMENT_FACTS,
  InjectProjectionStore,
  ProjectionFeed,
  ProjectionStore,
  agreementFactsProjection,
  assertMayReadCohort,
  findDocuments,
} from '@app/read-models';
import { laStatsByYear, laStatsXml } from './la-stats';

/** The EWP stats of one sending institution's outgoing learning agreements, as XML. */
export class GetLaStats {
  constructor(
    readonly sendingHeiId: string,
    readonly actor: Actor,
  ) {}
}

@QueryHandler(GetLaStats)
export class GetLaStatsHandler implements IQueryHandler<GetLaStats, string> {
  constructor(
    @InjectProjectionStore() private readonly store: ProjectionStore,
    private readonly feed: ProjectionFeed,
  ) {}

  async execute({ sendingHeiId, actor }: GetLaStats): Promise<string> {
    // The same readers as the school's cohort report: its sending staff, its auditors, admins.
    assertMayReadCohort(actor, sendingHeiId);
    await this.feed.catchUp(AGREEMENT_FACTS);
    const documents = await findDocuments(this.store, agreementFactsProjection, { school: sendingHeiId });
    return laStatsXml(laStatsByYear(documents.map(({ document }) => document.facts)));
  }
}
