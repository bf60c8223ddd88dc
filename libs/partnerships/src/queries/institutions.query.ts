import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound, refusal } from '@app/domain';
import { InstitutionEntry, InstitutionRegister } from '@app/kernel';

export class SearchInstitutions {
  constructor(readonly query?: string) {}
}

export class FindInstitution {
  constructor(readonly heiId: string) {}
}

/** Institutions by name or SCHAC code: the register is public, as the EWP registry is. */
@QueryHandler(SearchInstitutions)
export class SearchInstitutionsHandler implements IQueryHandler<SearchInstitutions, { institutions: InstitutionEntry[] }> {
  constructor(private readonly register: InstitutionRegister) {}

  async execute({ query }: SearchInstitutions): Promise<{ institutions: InstitutionEntry[] }> {
    return { institutions: await this.register.search(query) };
  }
}

@QueryHandler(FindInstitution)
export class FindInstitutionHandler implements IQueryHandler<FindInstitution, InstitutionEntry> {
  constructor(private readonly register: InstitutionRegister) {}

  async execute({ heiId }: FindInstitution): Promise<InstitutionEntry> {
    const entry = await this.register.find(heiId);
    if (!entry) throw notFound(refusal('noInstitution', heiId));
    return entry;
  }
}
