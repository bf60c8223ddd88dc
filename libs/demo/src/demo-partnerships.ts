import { DEMO_SCHOOL } from './demo-identities';
import { DEMO_PARTNER_INSTITUTIONS, DemoPartner, demoIiaDocument } from './demo-partners';

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
