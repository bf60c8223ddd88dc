import { Actor } from '../agreement/agreement.actor';
import { ConversionRule } from '../credits/conversion-rule';
import { deciderSpecification } from '../testing/decider-specification';
import { SchoolCommand } from './school.commands';
import { schoolDecider } from './school.decider';
import { StudyRegulations } from './study-regulations';

export const SCHOOL = 'insa-lyon.fr';
export const NOW = '2026-01-15T09:00:00.000Z';
export const schoolStaff: Actor = { id: 'staff-anders', role: 'sending', institution: SCHOOL, name: 'Anders Bardal' };
export const admin: Actor = { id: 'root', role: 'admin' };
export const auditor: Actor = { id: 'cti-expert', role: 'auditor' };
export const otherSchoolStaff: Actor = { id: 'staff-x', role: 'sending', institution: 'other.fr' };

export const regulations = (overrides: Partial<StudyRegulations> = {}): StudyRegulations => ({
  minimumWeeksAbroad: { student: 17, apprentice: 12 },
  lowCarbonTravel: { counts: true, maxDays: 4 },
  preparatoryCycleCounts: true,
  ...overrides,
});

export const usCredits: ConversionRule = {
  scheme: 'us-semester-credit-hours',
  kind: 'factor',
  factor: '2',
  rounding: { mode: 'half-up', step: '0.5' },
  source: 'study regulations 2025, art. 12',
};

type Data<T extends SchoolCommand['type']> = Omit<Extract<SchoolCommand, { type: T }>['data'], 'schoolId'>;

export const schoolCommand = <T extends SchoolCommand['type']>(type: T, actor: Actor, data: Data<T>, now = NOW) =>
  ({ type, data: { schoolId: SCHOOL, ...data }, metadata: { actor, now } }) as unknown as Extract<SchoolCommand, { type: T }>;

export const givenSchool = deciderSpecification(schoolDecider);
