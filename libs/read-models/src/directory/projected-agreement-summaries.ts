import { Inject, Injectable } from '@nestjs/common';
import { type Actor, ERASED } from '@app/domain';
import { AgreementEntry, AgreementSummaries, SummaryFilter } from '@app/kernel';
import { EventStore, InjectEventStore, personalDataOf } from '@app/event-store';
import { ProjectionFeed } from '../feed/projection-feed';
import { PROJECTION_STORE } from '../nest/read-models.tokens';
import type { Row } from '../projection';
import type { ProjectionStore } from '../store';
import { AGREEMENT_DIRECTORY, agreementDirectoryProjection } from './agreement-directory.projection';
import { candidateLookups } from './reader-scope';

/**
 * The agreements list from the `agreement_directory` projection: brought up to date with the
 * log first (a list read right after a command shows it), then read through its indexes, entry
 * columns only, the student's names opened with one key lookup for all the rows.
 */
@Injectable()
export class ProjectedAgreementSummaries extends AgreementSummaries {
  constructor(
    @Inject(PROJECTION_STORE) private readonly store: ProjectionStore,
    private readonly feed: ProjectionFeed,
    @InjectEventStore() private readonly events: EventStore,
  ) {
    super();
  }

  protected async candidates(actor: Actor, filter: SummaryFilter): Promise<AgreementEntry[]> {
    await this.feed.catchUp(AGREEMENT_DIRECTORY);
    const found = new Map<string, string>();
    for (const where of candidateLookups(actor, filter)) {
      for (const row of await this.select(where)) if (row.entry !== null) found.set(String(row.key), String(row.entry));
    }
    return [...found.values()].map((text) => JSON.parse(text) as AgreementEntry);
  }

  protected async withNames(entries: AgreementEntry[]): Promise<AgreementEntry[]> {
    const protection = personalDataOf(this.events);
    if (!protection) return entries;
    // Only the names are sealed in an entry: open them alone, with one key lookup for every row.
    const names = await protection.openValues(entries.flatMap(({ student }) => [student.givenNames, student.familyName]), ERASED);
    entries.forEach(({ student }, i) => Object.assign(student, { givenNames: names[2 * i], familyName: names[2 * i + 1] }));
    return entries;
  }

  private select(where: Row) {
    return this.store.select(agreementDirectoryProjection, AGREEMENT_DIRECTORY, where, ['key', 'entry']);
  }
}
