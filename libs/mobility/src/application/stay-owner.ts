import { StayDate, StudentCommand, SurveyedAgreement, notFound, refusal, ruleBroken, stayDatesOf } from '@app/domain';
import { loadAgreement } from '@app/agreements';
import { EventStore } from '@app/event-store';
import { accessRefusal } from '../access/access-refusal-words';
import { loadSchoolSettings } from '../read/load-school-settings';

/** The agreement a stay record or a survey answer names, if it names one rather than a declared stay. */
const mobilityIdOf = (command: StudentCommand): string | undefined => {
  if (command.type === 'AnswerSurvey') return command.data.mobilityId;
  const stay = (command.data as { stay?: { mobilityId?: unknown } }).stay;
  return typeof stay?.mobilityId === 'string' ? stay.mobilityId : undefined;
};

const happened = (date: StayDate | undefined): string | undefined => (date && date.source !== 'planned' ? date.date : undefined);

/** What a survey answer needs of its agreement (SURVEY-MOMENT, the cohort's figures), and the school that sent the student. */
export type SurveyedMobility = { agreement: SurveyedAgreement; sendingSchool: string };

/** The agreement `mobilityId`, refused unless it is one of the student's (STUDENT-STAY). */
async function agreementOfStudent(store: EventStore, mobilityId: string, studentId: string) {
  const { state } = await loadAgreement(store, mobilityId);
  if (!state.current || state.status === 'deleted') throw notFound(refusal('noAgreement', mobilityId), 'STUDENT-STAY');
  if (state.current.content.student.accountId !== studentId) {
    throw ruleBroken('STUDENT-STAY', accessRefusal('notTheStudentsAgreement', mobilityId, studentId));
  }
  return state;
}

/**
 * A survey answer is counted per partner and year (the cohort's figures), and answered once the
 * stay got there (SURVEY-MOMENT): the agreement's facts, never the request's. The best-known
 * dates, confirmed before declared; a planned date has not happened.
 */
export async function surveyedMobility(store: EventStore, mobilityId: string, studentId: string): Promise<SurveyedMobility> {
  const state = await agreementOfStudent(store, mobilityId, studentId);
  const { content } = state.current!;
  const { start, end } = stayDatesOf(state);
  const departedOn = happened(start);
  const returnedOn = happened(end);
  const agreement = {
    partner: content.receivingInstitution.heiId,
    academicYear: content.receivingAcademicYear,
    ...(departedOn && { departedOn }),
    ...(returnedOn && { returnedOn }),
  };
  return { agreement, sendingSchool: content.sendingInstitution.heiId };
}

/**
 * An agreement lives on its own stream, so the student decider cannot see it: a record
 * addressed to a mobility is checked here to be about one of this student's agreements. A
 * survey answer also gets the agreement's facts and the questions its sending school has in
 * force (SURVEY-QUESTION), from the school's settings.
 */
export async function assertStayOfStudent(store: EventStore, command: StudentCommand, studentId: string): Promise<StudentCommand> {
  const mobilityId = mobilityIdOf(command);
  if (mobilityId === undefined) return command;
  if (command.type !== 'AnswerSurvey') {
    await agreementOfStudent(store, mobilityId, studentId);
    return command;
  }
  const { agreement, sendingSchool } = await surveyedMobility(store, mobilityId, studentId);
  const { state: school } = await loadSchoolSettings(store, sendingSchool);
  return { ...command, data: { ...command.data, agreement, questions: school.surveyQuestions } };
}
