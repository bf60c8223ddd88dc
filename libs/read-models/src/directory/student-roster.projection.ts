import { STUDENT_EVENT_TYPES, StudentEvent, studentIdOf } from '@app/domain';
import { asDomainEvent } from '@app/event-store';
import { DocumentProjection } from '../projection';

export const STUDENT_ROSTER = 'student_roster';

/** What the directory needs of a student's record: no name, no answer, nothing an erasure would have to blank. */
export interface RosterDocument {
  schoolId: string | null;
  erased: boolean;
}

/** One document per student stream: the profile's school, and whether the student was erased. */
export const studentRosterProjection: DocumentProjection<RosterDocument> = {
  kind: 'documents',
  name: STUDENT_ROSTER,
  version: 1,
  table: { name: STUDENT_ROSTER, columns: { school_id: 'text' }, indexes: [['school_id']] },
  canHandle: STUDENT_EVENT_TYPES,
  keysOf: (event) => {
    const studentId = studentIdOf(event.streamId);
    return studentId ? [studentId] : [];
  },
  evolve: (document, recorded) => {
    const current = document ?? { schoolId: null, erased: false };
    const event = asDomainEvent<StudentEvent>(recorded);
    if (event.type === 'ProfileRecorded') return { ...current, schoolId: event.data.profile.schoolId };
    if (event.type === 'StudentDataErased') return { ...current, erased: true };
    return current;
  },
  columnsOf: ({ schoolId }) => ({ school_id: schoolId }),
};
