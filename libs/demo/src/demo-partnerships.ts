import { DEMO_SCHOOL } from './demo-identities';
import { DEMO_PARTNER_INSTITUTIONS, DemoPartner, demoIiaDocument } from './demo-partners';

type Call = (sub: string, method: 'GET' | 'PUT', path: string, body?: unknown) => Promise<{ status: number; body: any }>;
type Ok = (sub: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, type?: 'json' | 'xml') => Promise<any>;

interface Condition { kind: string; sendingHeiId: string; receivingHeiId: string; firstAcademicYear: string; lastAcademicYear: string }
interface ListedPartnership { partners: { id: string }[]; iias: { inEffect: boolean; conditions: Condition[] }[] }

const startOf = (academicYear: string) => Number(academicYear.slice(0, 4));

/** An IIA in effect already lets the school send students to study at the partner over these years. */
const covers = (partnerships: ListedPartnership[], partner: DemoPartner, first: string, last: string) =>
  partnerships.some((partnership) =>
    partnership.iias.some((iia) => iia.inEffect && iia.conditions.some((condition) =>
      condition.kind === 'student-studies' && condition.sendingHeiId === DEMO_SCHOOL && condition.receivingHeiId === partner.heiId &&
      startOf(condition.firstAcademicYear) <= startOf(first) && startOf(condition.lastAcademicYear) >= startOf(last))));

/**
 * The school's partners as its coordinator records them: each partner by name and country,
 * then, unless one already covers the demo's academic years, the partner's IIA over EWP.
 * It looks first, so a partner already recorded keeps its name and a later run adds no
 * second IIA for the same years; the register would append nothing for the same again anyway.
 */
export async function recordDemoPartnerships(ok: Ok, coordinator: string, firstAcademicYear: string, lastAcademicYear: string): Promise<string[]> {
  const recorded: string[] = [];
  for (const partner of DEMO_PARTNER_INSTITUTIONS) {
    const { partnerships }: { partnerships: ListedPartnership[] } = await ok(coordinator, 'GET', `/api/partnerships?partner=${encodeURIComponent(partner.heiId)}`);
    // A partner the school already recorded keeps the name it was given there.
    if (!partnerships.some((partnership) => partnership.partners.some(({ id }) => id === partner.heiId))) {
      await ok(coordinator, 'POST', `/api/schools/${DEMO_SCHOOL}/partners`, { kind: 'institution', id: partner.heiId, name: partner.name, country: partner.country });
    }
    if (covers(partnerships, partner, firstAcademicYear, lastAcademicYear)) continue;
    await ok(coordinator, 'POST', '/api/ewp/iias', demoIiaDocument(partner, firstAcademicYear, lastAcademicYear), 'xml');
    recorded.push(partner.heiId);
  }
  return recorded;
}

/** The demo's administrator (libs/demo, demo-identities.ts). */
const ADMIN = 'admin-margaux';

/**
 * The school itself in the institutions register, as its administrator names it, so that the
 * pages show "INSA Lyon (FR)" rather than its code: no partner records the school it is
 * recorded by. A name already there (an admin's, or one learnt from EWP) is left as it is.
 */
export async function nameDemoSchool(call: Call): Promise<void> {
  const found = await call(ADMIN, 'GET', `/api/institutions/${DEMO_SCHOOL}`);
  if (found.status === 200 && found.body?.name) return;
  const named = await call(ADMIN, 'PUT', `/api/institutions/${DEMO_SCHOOL}`, { name: 'INSA Lyon', country: 'FR' });
  if (named.status >= 300) throw new Error(`PUT /api/institutions/${DEMO_SCHOOL} as ${ADMIN}: ${named.status} ${JSON.stringify(named.body)}`);
}
