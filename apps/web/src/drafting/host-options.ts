import type { PartnershipsAnswer, SchoolPartner, SchoolPartners } from '../api/types';
import { useApi } from '../api/use-api';
import { useIdentity } from '../auth/use-identity';
import { useInstitutionNames } from '../institutions/institution-names';

/** An institution the drafting form offers as the host: named, with its country and what an IIA covers. */
export interface HostOption {
  heiId: string;
  name: string | null;
  country: string | null;
  /** Academic years an IIA in effect covers for studies or traineeships there, e.g. "2025/2026–2027/2028". */
  covered: string[];
}

export interface HostOptions {
  loaded: boolean;
  /** The student's school, as the ledger knows it (profile or agreements); absent for staff or before it is known. */
  schoolId?: string;
  hosts: HostOption[];
  /** The school's partners, or the institutions register when the school has none to offer yet. */
  source: 'partners' | 'register';
}

const fromPartner = ({ heiId, name, country, coverage }: SchoolPartner): HostOption => ({
  heiId,
  name,
  country,
  covered: [...new Set(coverage.map((line) => `${line.firstAcademicYear}–${line.lastAcademicYear}`))],
});

/**
 * What the host is picked among: a student reads their own school's partners
 * (GET /students/:id/school-partners), sending staff the partnerships of their institution
 * (GET /partnerships). When neither lists any, the institutions register (public) stands in,
 * so that no one types a SCHAC code.
 */
export function useHostOptions(): HostOptions {
  const identity = useIdentity();
  const student = identity?.role === 'student';
  const mine = useApi<SchoolPartners>(student ? `/students/${encodeURIComponent(identity.sub)}/school-partners` : undefined);
  const listed = useApi<PartnershipsAnswer>(!student && identity ? '/partnerships' : undefined);
  const { entries } = useInstitutionNames();
  const own = identity?.institution;
  const partners = student
    ? (mine.data?.partners ?? []).filter((partner) => partner.kind === 'institution').map(fromPartner)
    : [...new Map((listed.data?.partnerships ?? [])
        .flatMap((partnership) => partnership.partners)
        .filter((partner) => partner.id !== own && partner.kind !== 'company')
        .map((partner) => [partner.id, { heiId: partner.id, name: partner.name ?? null, country: partner.country ?? null, covered: [] }])).values()];
  const schoolId = mine.data?.schoolId ?? undefined;
  const loaded = student ? mine.data !== undefined || mine.error !== undefined : listed.data !== undefined || listed.error !== undefined;
  if (partners.length > 0) return { loaded, schoolId, hosts: partners, source: 'partners' };
  const register = entries
    .filter((entry) => entry.heiId !== (schoolId ?? own))
    .map((entry) => ({ heiId: entry.heiId, name: entry.name, country: entry.country, covered: [] }));
  return { loaded, schoolId, hosts: register, source: 'register' };
}
