import { StudentState, evolveStudent, initialStudentState, studentIdOf, upcastStudentEvent, STUDENT_EVENT_TYPES } from '@app/domain';
import { DocumentProjection } from '../projection';

export const STUDENT_RECORDS = 'student_records';

/** The student decider's state per student id (stream `student-<id>`), queryable by school and graduation year. */
export const studentRecordsProjection: DocumentProjection<StudentState> = {
  kind: 'documents',
  name: STUDENT_RECORDS,
  // 2: the record holds the survey's answers (SurveyAnswered), sealed as the events hold them.
  // 3: the answers by question id with their kind and the questions' version (SurveyAnswered 2).
  version: 3,
  table: {
    name: STUDENT_RECORDS,
    columns: { school_id: 'text', cohort: 'text', expected_graduation_year: 'integer' },
    // The cohort report's graduating students of a school; records by student id go through the key.
    indexes: [['school_id', 'expected_graduation_year']],
  },
  canHandle: STUDENT_EVENT_TYPES,
  keysOf: (event) => {
    const studentId = studentIdOf(event.streamId);
    return studentId ? [studentId] : [];
  },
  evolve: (document, event) => evolveStudent(document ?? initialStudentState(), upcastStudentEvent(event)),
  columnsOf: ({ profile }) => ({
    school_id: profile?.schoolId ?? null,
    cohort: profile?.cohort ?? null,
    expected_graduation_year: profile?.expectedGraduationYear ?? null,
  }),
};
