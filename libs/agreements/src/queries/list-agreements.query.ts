import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Actor } from '@app/domain';
import { AgreementSummaries, AgreementSummary, SummaryFilter } from '@app/kernel';

export interface AgreementPage {
  items: AgreementSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/** Only the agreements the actor may read: a listing never leaks other parties' agreements. */
export class ListAgreements {
  constructor(
    readonly actor: Actor,
    readonly filter: SummaryFilter,
    readonly page: number,
    readonly pageSize: number,
  ) {}
}

@QueryHandler(ListAgreements)
export class ListAgreementsHandler implements IQueryHandler<ListAgreements, AgreementPage> {
  constructor(private readonly summaries: AgreementSummaries) {}

  async execute({ actor, filter, page, pageSize }: ListAgreements): Promise<AgreementPage> {
    const all = await this.summaries.list(actor, filter);
    return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
  }
}
