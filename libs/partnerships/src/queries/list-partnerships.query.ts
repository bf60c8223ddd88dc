import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Actor } from '@app/domain';
import { PartnershipRegister } from '@app/kernel';
import { PartnershipView, mayReadPartnership, toPartnershipView } from '../read/partnership-view';

export class ListPartnerships {
  constructor(
    readonly actor: Actor,
    readonly year?: string,
    readonly partner?: string,
  ) {}
}

/** The partnerships the caller may read, with the quotas of the year when one is asked for. */
@QueryHandler(ListPartnerships)
export class ListPartnershipsHandler implements IQueryHandler<ListPartnerships, { partnerships: PartnershipView[] }> {
  constructor(private readonly register: PartnershipRegister) {}

  async execute({ actor, year, partner }: ListPartnerships): Promise<{ partnerships: PartnershipView[] }> {
    const { partnerships, mobilities } = await this.register.read(year);
    const views = partnerships
      .filter((partnership) => mayReadPartnership(actor, partnership))
      .filter((partnership) => partner === undefined || partnership.partners[partner] !== undefined)
      .sort((a, b) => a.partnershipId!.localeCompare(b.partnershipId!))
      .map((partnership) => toPartnershipView(partnership, year, mobilities));
    return { partnerships: views };
  }
}
