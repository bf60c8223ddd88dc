import { StudentEvent, StudentState, evolveStudent, initialStudentState, studentIdOf } from '@app/domain';
import { DocumentProjection } from '../projection';

export const STUDENT_RECORDS = 'student_records';

const STUDENT_EVENTS: readonly StudentEvent['type'][] = [
  'ProfileRecorded',
  'StayDeclared',
  'StayDatesRecorded',
  'InternshipAgreementRecorded',
  'LowCarbonTravelRecorded',
  'PreparationRecorded',
  'FollowUpRecorded',
  'DebriefRecorded',
  'ApprenticeshipModalityRecorded',
  'DerogationGranted',
  'DerogationRevoked',
];

/** The student decider's state per student id (stream `student-<id>`), queryable by school and graduation year. */
export const studentRecordsProjection: DocumentProjection<StudentState> = {
  kind: 'documents',
  name: STUDENT_RECORDS,
  version: 1,
  table: { name: STUDENT_RECORDS, columns: { school_id: 'text', cohort: 'text', expected_graduation_year: 'integer' } },
  canHandle: STUDENT_EVENTS,
  keysOf: (event) => {
    const studentId = studentIdOf(event.streamId);
    return studentId ? [studentId] : [];
  },
  evolve: (document, { type, data }) => evolveStudent(document ?? initialStudentState(), { type, data } as StudentEvent),
  columnsOf: ({ profile }) => ({
    school_id: profile?.schoolId ?? null,
    cohort: profile?.cohort ?? null,
    expected_graduation_year: profile?.expectedGraduationYear ?? null,
  }),
};
