import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EventStore, InjectEventStore } from '@app/event-store';
import { InstitutionRegister, PartnershipRegister } from '@app/kernel';
import { StudentSchools } from '../access/student-school';
import { loadStudent } from '../read/load-student';
import { SchoolPartnersView, partnerIdsOf, schoolPartnersOf } from '../read/school-partners-view';

export class GetSchoolPartners {
  constructor(readonly studentId: string) {}
}

/**
 * The partners of the student's own school, for the student choosing a host (the access guard
 * let only the student, their school and admins through): names, countries, SCHAC codes and
 * what the IIAs in effect cover; never another school's partners, quotas or contacts.
 */
@QueryHandler(GetSchoolPartners)
export class GetSchoolPartnersHandler implements IQueryHandler<GetSchoolPartners, SchoolPartnersView> {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly schools: StudentSchools,
    private readonly partnerships: PartnershipRegister,
    private readonly institutions: InstitutionRegister,
  ) {}

  async execute({ studentId }: GetSchoolPartners): Promise<SchoolPartnersView> {
    const { state } = await loadStudent(this.store, studentId);
    const schoolId = await this.schools.schoolOfStudent(studentId, state.profile?.schoolId);
    if (schoolId === undefined) return { schoolId: null, partners: [] };
    const { partnerships } = await this.partnerships.read();
    // Only the partners' entries: the whole register is every institution any agreement named.
    const entries = new Map((await this.institutions.findEach(partnerIdsOf(schoolId, partnerships))).map((entry) => [entry.heiId, entry]));
    return { schoolId, partners: schoolPartnersOf(schoolId, partnerships, (heiId) => entries.get(heiId)) };
  }
}
