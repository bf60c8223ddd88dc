import { StayDate, StudentCommand, notFound, refusal, ruleBroken, stayDatesOf } from '@app/domain';
import { loadAgreement } from '@app/agreements';
import { EventStore } from '@app/event-store';
import { accessRefusal } from '../access/access-refusal-words';

/** The agreement a stay record or a survey answer names, if it names one rather than a declared stay. */
const mobilityIdOf = (command: StudentCommand): string | undefined => {
  if (command.type === 'AnswerSurvey') return command.data.mobilityId;
  const stay = (command.data as { stay?: { mobilityId?: unknown } }).stay;
  return typeof stay?.mobilityId === 'string' ? stay.mobilityId : undefined;
};

const happened = (date: StayDate | undefined): string | undefined => (date && date.source !== 'planned' ? date.date : undefined);

/**
 * An agreement lives on its own stream, so the student decider cannot see it: a record
 * addressed to a mobility is checked here to be about one of this student's agreements.
 */
export async function assertStayOfStudent(store: EventStore, command: StudentCommand, studentId: string): Promise<StudentCommand> {
  const mobilityId = mobilityIdOf(command);
  if (mobilityId === undefined) return command;
  const { state } = await loadAgreement(store, mobilityId);
  if (!state.current || state.status === 'deleted') throw notFound(refusal('noAgreement', mobilityId), 'STUDENT-STAY');
  const { content } = state.current;
  if (content.student.accountId !== studentId) {
    throw ruleBroken('STUDENT-STAY', accessRefusal('notTheStudentsAgreement', mobilityId, studentId));
  }
  // A survey answer is counted per partner and year (the cohort's figures), and answered once the stay got there (SURVEY-MOMENT): the agreement's facts, never the request's.
  if (command.type === 'AnswerSurvey') {
    // The best-known dates, confirmed before declared; a planned date has not happened.
    const { start, end } = stayDatesOf(state);
    const departedOn = happened(start);
    const returnedOn = happened(end);
    const agreement = {
      partner: content.receivingInstitution.heiId,
      academicYear: content.receivingAcademicYear,
      ...(departedOn && { departedOn }),
      ...(returnedOn && { returnedOn }),
    };
    return { ...command, data: { ...command.data, agreement } };
  }
  return command;
}
