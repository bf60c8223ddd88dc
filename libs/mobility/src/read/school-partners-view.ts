import { MobilityKind, PartnerKind, PartnershipState } from '@app/domain';
import type { InstitutionEntry } from '@app/kernel';

/** What an IIA in effect covers of a mobility from the school to the partner: no quota, no contact. */
export interface PartnerCoverageLine {
  kind: MobilityKind;
  firstAcademicYear: string;
  lastAcademicYear: string;
  /** ISCED-F codes; empty: any subject area. */
  subjectAreas: string[];
  /** Empty: any level. */
  eqfLevels: number[];
}

/** A partner of the student's school, as a student choosing a host may read it. */
export interface SchoolPartnerView {
  heiId: string;
  kind: PartnerKind;
  name: string | null;
  country: string | null;
  coverage: PartnerCoverageLine[];
}

export interface SchoolPartnersView {
  /** The school the ledger knows the student by (profile, else their agreements); null before either exists. */
  schoolId: string | null;
  partners: SchoolPartnerView[];
}

/** The partnerships the school is one of, by the partnership's id: a partner the school recorded lists only the partner. */
const partnershipsOfSchool = (schoolId: string, partnerships: PartnershipState[]): PartnershipState[] =>
  partnerships.filter((partnership) => (partnership.partnershipId?.split('+') ?? Object.keys(partnership.partners)).includes(schoolId));

/** The SCHAC codes of the school's partners: the register entries its partners view reads. */
export const partnerIdsOf = (schoolId: string, partnerships: PartnershipState[]): string[] => [
  ...new Set(
    partnershipsOfSchool(schoolId, partnerships)
      .flatMap((partnership) => Object.values(partnership.partners).map(({ id }) => id))
      .filter((id) => id !== schoolId),
  ),
];

/** The other partner of each partnership the school is one of, with what the IIAs in effect cover going there. */
export function schoolPartnersOf(schoolId: string, partnerships: PartnershipState[], register: (heiId: string) => InstitutionEntry | undefined): SchoolPartnerView[] {
  const partners = new Map<string, SchoolPartnerView>();
  for (const partnership of partnershipsOfSchool(schoolId, partnerships)) {
    for (const partner of Object.values(partnership.partners)) {
      if (partner.id === schoolId) continue;
      const known = register(partner.id);
      const view = partners.get(partner.id) ?? {
        heiId: partner.id,
        kind: partner.kind,
        // The register's entry first: an admin's correction outranks what the school typed.
        name: known?.name ?? partner.name ?? null,
        country: known?.country ?? partner.country ?? null,
        coverage: [],
      };
      const outgoing = Object.values(partnership.iias)
        .filter((iia) => iia.inEffect)
        .flatMap((iia) => iia.conditions)
        .filter((condition) => condition.sendingHeiId === schoolId && condition.receivingHeiId === partner.id && condition.kind.startsWith('student-'));
      view.coverage.push(
        ...outgoing.map(({ kind, firstAcademicYear, lastAcademicYear, subjectAreas, eqfLevels }) => ({
          kind,
          firstAcademicYear,
          lastAcademicYear,
          subjectAreas: subjectAreas.map((area) => area.iscedFCode),
          eqfLevels: [...eqfLevels],
        })),
      );
      partners.set(partner.id, view);
    }
  }
  return [...partners.values()].sort((a, b) => (a.name ?? a.heiId).localeCompare(b.name ?? b.heiId) || a.heiId.localeCompare(b.heiId));
}
