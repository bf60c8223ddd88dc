import { Inject, Injectable } from '@nestjs/common';
import { InstitutionEntry, InstitutionRegister } from '@app/kernel';
import { ProjectionFeed } from '../feed/projection-feed';
import { PROJECTION_STORE } from '../nest/read-models.tokens';
import type { Row, Where } from '../projection';
import type { ProjectionStore } from '../store';
import { institutionEntryOf, matchesQuery } from './institution-entry';
import { INSTITUTION_REGISTER, institutionRegisterProjection } from './institution-register.projection';

const byName = new Intl.Collator();

/**
 * The register from `institution_register`, caught up first. A search reads the whole table: a
 * school's register holds its partners and the institutions its agreements name, a few thousand
 * rows at most, and names are matched without their accents, which no index of the store does.
 */
@Injectable()
export class ProjectedInstitutionRegister extends InstitutionRegister {
  constructor(
    @Inject(PROJECTION_STORE) private readonly store: ProjectionStore,
    private readonly feed: ProjectionFeed,
  ) {
    super();
  }

  async search(query = ''): Promise<InstitutionEntry[]> {
    const entries = entriesOf(await this.rows());
    return entries
      .filter((entry) => matchesQuery(entry, query))
      .sort((a, b) => byName.compare(a.name ?? a.heiId, b.name ?? b.heiId) || a.heiId.localeCompare(b.heiId));
  }

  async find(heiId: string): Promise<InstitutionEntry | undefined> {
    const rows = await this.rows({ hei_id: heiId });
    return rows.length === 0 ? undefined : institutionEntryOf(heiId, rows);
  }

  async findEach(heiIds: readonly string[]): Promise<InstitutionEntry[]> {
    return heiIds.length === 0 ? [] : entriesOf(await this.rows({ hei_id: heiIds }));
  }

  private async rows(where: Where = {}): Promise<Row[]> {
    await this.feed.catchUp(INSTITUTION_REGISTER);
    return this.store.select(institutionRegisterProjection, INSTITUTION_REGISTER, where);
  }
}

const entriesOf = (rows: Row[]): InstitutionEntry[] => {
  const byInstitution = new Map<string, Row[]>();
  for (const row of rows) {
    const heiId = String(row.hei_id);
    const own = byInstitution.get(heiId);
    if (own) own.push(row);
    else byInstitution.set(heiId, [row]);
  }
  return [...byInstitution].map(([heiId, own]) => institutionEntryOf(heiId, own));
};
