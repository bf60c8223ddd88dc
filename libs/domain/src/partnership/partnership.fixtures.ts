import { Actor } from '../agreement/agreement.actor';
import { deciderSpecification } from '../testing/decider-specification';
import { PartnershipCommand } from './partnership.commands';
import { partnershipDecider } from './partnership.decider';
import { partnershipId } from './partnership.stream';
import { CooperationCondition, Iia } from './partnership.types';

export const SCHOOL = 'insa-lyon.fr';
export const PARTNER = 'uw.edu.pl';
export const PAIR = partnershipId(SCHOOL, PARTNER);
export const NOW = '2026-01-15T09:00:00.000Z';
export const schoolStaff: Actor = { id: 'staff-anders', role: 'sending', institution: SCHOOL, name: 'Anders Bardal' };
export const partnerStaff: Actor = { id: 'staff-pawel', role: 'receiving', institution: PARTNER };
export const otherStaff: Actor = { id: 'staff-x', role: 'sending', institution: 'other.fr' };
export const auditor: Actor = { id: 'cti-expert', role: 'auditor' };

export const studies = (overrides: Partial<CooperationCondition> = {}): CooperationCondition => ({
  kind: 'student-studies',
  sendingHeiId: SCHOOL,
  receivingHeiId: PARTNER,
  firstAcademicYear: '2025/2026',
  lastAcademicYear: '2027/2028',
  mobilitiesPerYear: 2,
  totalMonthsPerYear: '10',
  subjectAreas: [{ iscedFCode: '054' }],
  eqfLevels: [7],
  languageRequirements: [{ language: 'en', cefrLevel: 'B2' }],
  blended: false,
  ...overrides,
});

export const anIia = (overrides: Partial<Iia> = {}): Iia => ({
  partners: [
    { heiId: SCHOOL, iiaId: 'insa-iia-7', iiaCode: 'INSA/2025/7' },
    { heiId: PARTNER, iiaId: '0f7a5682' },
  ],
  inEffect: true,
  conditions: [studies(), studies({ sendingHeiId: PARTNER, receivingHeiId: SCHOOL, mobilitiesPerYear: 1 })],
  ...overrides,
});

type Data<T extends PartnershipCommand['type']> = Omit<Extract<PartnershipCommand, { type: T }>['data'], 'partnershipId'>;

export const partnershipCommand = <T extends PartnershipCommand['type']>(type: T, actor: Actor, data: Data<T>, id = PAIR) =>
  ({ type, data: { partnershipId: id, ...data }, metadata: { actor, now: NOW } }) as unknown as Extract<PartnershipCommand, { type: T }>;

export const recordIiaCommand = (iia = anIia(), by = schoolStaff) => partnershipCommand('RecordIia', by, { iia });

export const givenPartnership = deciderSpecification(partnershipDecider);
