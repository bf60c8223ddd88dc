import { SchoolEvent, SchoolState, evolveSchool, initialSchoolState, schoolIdOf, SCHOOL_EVENT_TYPES } from '@app/domain';
import { asDomainEvent } from '@app/event-store';
import { DocumentProjection } from '../projection';

export const SCHOOL_SETTINGS = 'school_settings';

/** The school decider's state per SCHAC code (stream `school-<id>`): the study regulations the report evaluates with, the survey's questions its figures read. */
export const schoolSettingsProjection: DocumentProjection<SchoolState> = {
  kind: 'documents',
  name: SCHOOL_SETTINGS,
  // 2: the school's survey questions, in force and ever asked (SurveyQuestionsSet).
  version: 2,
  // Read by key only (the cohort report's schools): the primary key serves it, no secondary index.
  table: { name: SCHOOL_SETTINGS, columns: { configured: 'integer' } },
  canHandle: SCHOOL_EVENT_TYPES,
  keysOf: (event) => {
    const schoolId = schoolIdOf(event.streamId);
    return schoolId ? [schoolId] : [];
  },
  evolve: (document, event) => evolveSchool(document ?? initialSchoolState(), asDomainEvent<SchoolEvent>(event)),
  columnsOf: ({ configured }) => ({ configured: configured ? 1 : 0 }),
};
