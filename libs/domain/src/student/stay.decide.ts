import { canonicalJson } from '../agreement/canonical-json';
import { conflict, invalid, notFound, ruleBroken } from '../errors';
import { problemsTogether } from '../problems-together';
import { refusal } from '../refusals';
import { DeclareStay, RecordStayDates } from './student.commands';
import { requireProfile, requireRecorder } from './student.actor';
import { StudentEvent } from './student.events';
import { StudentState } from './student.state';
import { actualDateProblems, assertValidStay } from './validate-stay';

/**
 * Stays are declared whether they count or not: the evaluation says which rule excludes
 * one, and the audit sees what students did instead. A gap period is declared by the student
 * alone (CTI-MOB-7: the school may not push anyone into one). Declaring the same stay again
 * changes nothing; a different stay under a used id is a conflict.
 */
export const declareStay = ({ data, metadata }: DeclareStay, state: StudentState): StudentEvent[] => {
  const profile = requireProfile(state, data.studentId);
  const recorded = requireRecorder(metadata.actor, data.studentId, [profile.schoolId], ['student', 'sending', 'admin'], 'declare a stay');
  assertValidStay(data.stay, metadata.now);
  if (data.stay.kind === 'gap-period' && recorded.role !== 'student') {
    throw ruleBroken('CTI-MOB-7', refusal('gapPeriodByStudent'));
  }
  const existing = state.stays[data.stay.stayId];
  if (existing && canonicalJson(existing) === canonicalJson(data.stay)) return [];
  if (existing) throw conflict(refusal('stayAlreadyDeclared', data.stay.stayId), 'STUDENT-STAY');
  return [{ type: 'StayDeclared', data: { studentId: data.studentId, stay: data.stay, ...recorded, at: metadata.now } }];
};

/** Actual dates are facts once recorded: they may be completed (the end after the start), not changed. */
export const recordStayDates = ({ data, metadata }: RecordStayDates, state: StudentState): StudentEvent[] => {
  const profile = requireProfile(state, data.studentId);
  const recorded = requireRecorder(metadata.actor, data.studentId, [profile.schoolId], ['student', 'sending', 'admin'], 'record stay dates');
  const stay = state.stays[data.stayId];
  if (!stay) throw notFound(refusal('noDeclaredStay', data.stayId), 'STUDENT-STAY');
  for (const field of ['actualStart', 'actualEnd'] as const) {
    if (data[field] !== undefined && stay[field] !== undefined && data[field] !== stay[field]) {
      throw ruleBroken('STUDENT-STAY', refusal('stayDateRecorded', field, data.stayId, stay[field] as string));
    }
  }
  const actualStart = data.actualStart ?? stay.actualStart;
  const actualEnd = data.actualEnd ?? stay.actualEnd;
  const problems = actualDateProblems(actualStart, actualEnd, metadata.now);
  if (problems.length > 0) throw invalid(problemsTogether(problems, (words, said) => words.stayDates(data.stayId, said)), 'STUDENT-STAY', problems);
  if (actualStart === stay.actualStart && actualEnd === stay.actualEnd) return [];
  return [
    {
      type: 'StayDatesRecorded',
      data: {
        studentId: data.studentId,
        stayId: data.stayId,
        ...(data.actualStart !== undefined && { actualStart: data.actualStart }),
        ...(data.actualEnd !== undefined && { actualEnd: data.actualEnd }),
        ...recorded,
        at: metadata.now,
      },
    },
  ];
};
