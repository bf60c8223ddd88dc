import { DEMO_PARTNERS, DEMO_SCHOOL, demoIdentity } from './demo-identities';
import type { Semester } from './demo-calendar';

export type Course = [code: string, title: string, credits: string];

/** A course in ECTS, or in another scheme as "3.75 us-semester-credit-hours". */
export const component = ([code, title, credits]: Course) => {
  const [value, scheme = 'ects'] = credits.split(' ');
  return { code, title, credits: [{ scheme, value }], term: { number: 1, of: 2 } };
};

/** What a student plans: where, which semester, and the tables A, B and C. */
export interface Plan {
  student: string;
  partner: string;
  semester: Semester;
  studiedAbroad: Course[];
  recognisedAtHome: Course[];
  virtual?: Course[];
}

/** Each partner's coordinator, the person a draft names so that EWP can carry it (EWP-LA-CONTACT). */
const HOST_CONTACTS: Record<string, { name: string; email: string }> = {
  [DEMO_PARTNERS.warsaw]: { name: 'Paweł Kowalski', email: 'pawel@example.com' },
  [DEMO_PARTNERS.munich]: { name: 'Hans Vogel', email: 'hans@example.com' },
};

export function contentOf(plan: Plan) {
  const person = demoIdentity(plan.student)!;
  const [givenNames, familyName] = person.name.split(' ');
  return {
    student: {
      globalId: `urn:schac:personalUniqueCode:int:esi:${DEMO_SCHOOL}:${plan.student}`,
      givenNames, familyName, birthDate: '2004-03-12', citizenship: 'FR', email: person.email, accountId: plan.student,
    },
    sendingInstitution: { heiId: DEMO_SCHOOL, organisationalUnit: 'International Relations Office', contactPerson: { name: 'Anders Bardal', email: 'anders@example.com' } },
    receivingInstitution: { heiId: plan.partner, organisationalUnit: 'Faculty of Engineering', contactPerson: HOST_CONTACTS[plan.partner] },
    plannedStart: plan.semester.start,
    plannedEnd: plan.semester.end,
    receivingAcademicYear: plan.semester.academicYear,
    eqfLevel: 7, iscedFCode: '0714', languageSkill: { language: 'en', cefrLevel: 'B2' },
    mobilityType: 'semester', track: 'student', stay: 'individual', activity: 'studies',
    studiedAbroad: plan.studiedAbroad.map(component),
    recognisedAtHome: plan.recognisedAtHome.map(component),
    virtual: (plan.virtual ?? []).map(component), blended: [], doctoral: [],
  };
}
