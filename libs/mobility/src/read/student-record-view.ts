import type { DeclaredStay, Derogation, StayRecords, StayRef, StudentProfile, StudentState } from '@app/domain';

/** What GET /api/students/:studentId answers: the record as the student stream holds it. */
export interface StudentRecordView {
  studentId: string;
  /** Stream revision this view was read at. */
  revision: string;
  profile?: StudentProfile;
  stays: DeclaredStay[];
  /** Per stay (an agreement's mobility or a declared stay): internship agreement, travel, CTI-MOB-9 support. */
  records: Array<{ stay: StayRef } & StayRecords>;
  derogation?: Derogation;
  /** When and by whom the student's personal data was erased. */
  erased?: { at: string; by: string };
}

/** `stayKey` back to the reference it was made from: `mobility:<id>` or `stay:<id>`. */
const refOf = (key: string): StayRef => {
  const [kind, ...rest] = key.split(':');
  const id = rest.join(':');
  return kind === 'mobility' ? { mobilityId: id } : { stayId: id };
};

export function toStudentRecordView(studentId: string, state: StudentState, revision: bigint | 'no_stream'): StudentRecordView {
  return {
    studentId,
    revision: String(revision),
    ...(state.profile && { profile: state.profile }),
    stays: Object.values(state.stays),
    records: Object.entries(state.records).map(([key, records]) => ({ stay: refOf(key), ...records })),
    ...(state.derogation && { derogation: state.derogation }),
    ...(state.erased && { erased: state.erased }),
  };
}
