import { Inject, Injectable } from '@nestjs/common';
import { MobilityFacts, PartnershipState } from '@app/domain';
import { type AgreementEntry, PartnershipRegister } from '@app/kernel';
import { ProjectionFeed } from '../feed/projection-feed';
import { PROJECTION_STORE } from '../nest/read-models.tokens';
import { type ProjectionStore, findDocuments } from '../store';
import { AGREEMENT_DIRECTORY, agreementDirectoryProjection } from './agreement-directory.projection';
import { PARTNERSHIP_REGISTER, partnershipRegisterProjection } from './partnership-register.projection';

/**
 * The register from the read models: partnerships from `partnership_register`, and the
 * mobilities of the year asked for from the agreements directory's year index, only the
 * facts a quota counts (no personal data is read).
 */
@Injectable()
export class ProjectedPartnershipRegister extends PartnershipRegister {
  constructor(
    @Inject(PROJECTION_STORE) private readonly store: ProjectionStore,
    private readonly feed: ProjectionFeed,
  ) {
    super();
  }

  async read(academicYear?: string): Promise<{ partnerships: PartnershipState[]; mobilities: MobilityFacts[] }> {
    await this.feed.catchUp(PARTNERSHIP_REGISTER, AGREEMENT_DIRECTORY);
    const partnerships = (await findDocuments(this.store, partnershipRegisterProjection)).map(({ document }) => document);
    if (academicYear === undefined) return { partnerships, mobilities: [] };
    const rows = await this.store.select(agreementDirectoryProjection, AGREEMENT_DIRECTORY, { academic_year: academicYear }, ['entry']);
    const mobilities = rows.flatMap(({ entry }) => {
      const counted = entry === null ? undefined : (JSON.parse(String(entry)) as AgreementEntry).counted;
      return counted ? [counted] : [];
    });
    return { partnerships, mobilities };
  }
}
