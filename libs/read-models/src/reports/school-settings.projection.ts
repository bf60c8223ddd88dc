import { SchoolEvent, SchoolState, evolveSchool, initialSchoolState, schoolIdOf } from '@app/domain';
import { DocumentProjection } from '../projection';

export const SCHOOL_SETTINGS = 'school_settings';

const SCHOOL_EVENTS: readonly SchoolEvent['type'][] = [
  'StudyRegulationsConfigured',
  'ConversionRuleSet',
  'ConversionRuleRemoved',
  'GradeDistributionSet',
  'GradeDistributionRemoved',
];

/** The school decider's state per SCHAC code (stream `school-<id>`): the study regulations the report evaluates with. */
export const schoolSettingsProjection: DocumentProjection<SchoolState> = {
  kind: 'documents',
  name: SCHOOL_SETTINGS,
  version: 1,
  table: { name: SCHOOL_SETTINGS, columns: { configured: 'integer' } },
  canHandle: SCHOOL_EVENTS,
  keysOf: (event) => {
    const schoolId = schoolIdOf(event.streamId);
    return schoolId ? [schoolId] : [];
  },
  evolve: (document, { type, data }) => evolveSchool(document ?? initialSchoolState(), { type, data } as SchoolEvent),
  columnsOf: ({ configured }) => ({ configured: configured ? 1 : 0 }),
};
