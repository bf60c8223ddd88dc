import {
  AgreementState,
  SchoolEvent,
  SchoolState,
  StudentState,
  SurveyMoment,
  evolveSchool,
  evolveStudent,
  initialSchoolState,
  initialStudentState,
  mobilityIdOf,
  schoolStreamId,
  studentStreamId,
  surveyKey,
  upcastStudentEvent,
} from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import { Reaction, Reactions, StreamReader, nothing } from '../reaction/reaction';
import type { WorkItem } from '../reaction/work-item';
import type { RecordedDue } from '../store/reaction-store';
import { AgreementContext, agreementAsOf, agreementFacts } from './agreement-mail.reaction';
import { daysAfter } from './days';
import { contentOf, recipientOf, studentOfAgreement } from './recipients';

export type SurveySettings = { reminderDays: number };

/** The agreement around the event, and whether its sending school asks the survey during the stay. */
export type SurveyContext = AgreementContext & { surveyDuringStay: boolean };

/**
 * The participants' survey (CTI-MOB-9): the student is invited once they are back (and,
 * when their school's regulations ask it, `surveyDuringStay`, once they have left), with a
 * reminder `reminderDays` later should they not have answered. Back or left as the answers
 * accept it: declared (`ReturnRecorded`, `DepartureRecorded`) or confirmed by the receiving
 * institution (`StayDatesConfirmed`, its end or its start); the keys name the survey, so the
 * second of these invites no one again.
 */
export const surveyMailReaction = ({ reminderDays }: SurveySettings): Reaction<SurveyContext> => ({
  name: 'survey-mail',
  canHandle: (event) => INVITING.has(event.type) && mobilityIdOf(event.streamId) !== undefined,
  contextOf: async (event, log) => {
    const context = await agreementAsOf(event, log);
    const school = contentOf(context.after)?.sendingInstitution.heiId;
    const settings = school ? await schoolAsStored(school, log) : undefined;
    return { ...context, surveyDuringStay: settings?.regulations.surveyDuringStay === true };
  },
  react: (event, { after, surveyDuringStay }) =>
    momentsReachedBy(event)
      .filter((moment) => moment === 'after-return' || surveyDuringStay)
      .map((moment) => surveyInvitation(event, after, moment, reminderDays))
      .reduce((all, one) => ({ work: [...all.work, ...one.work], due: [...all.due, ...one.due] }), nothing()),
});

const INVITING = new Set(['ReturnRecorded', 'DepartureRecorded', 'StayDatesConfirmed']);

/** The survey moments an event shows the stay has reached: the return, the departure, or what the host confirmed. */
function momentsReachedBy(event: RecordedEvent): SurveyMoment[] {
  if (event.type === 'ReturnRecorded') return ['after-return'];
  if (event.type === 'DepartureRecorded') return ['mid-stay'];
  if (event.type !== 'StayDatesConfirmed') return [];
  const { start, end } = event.data as { start?: string; end?: string };
  return [...(start !== undefined ? (['mid-stay'] as const) : []), ...(end !== undefined ? (['after-return'] as const) : [])];
}

/** The school's settings as stored now (the survey's moments are a setting of its study regulations). */
async function schoolAsStored(schoolId: string, log: StreamReader): Promise<SchoolState> {
  const recorded = await log.readStream(schoolStreamId(schoolId));
  return recorded.reduce((state, e) => evolveSchool(state, { type: e.type, data: e.data } as SchoolEvent), initialSchoolState());
}

export function surveyInvitation(event: RecordedEvent, agreement: AgreementState, moment: SurveyMoment, reminderDays: number): Reactions {
  const recipient = recipientOf(agreement, 'student');
  const studentId = studentOfAgreement(agreement);
  if (!recipient || !studentId || !agreement.mobilityId) return nothing();
  const surveyId = surveyKey(agreement.mobilityId, moment);
  // The keys name the survey, not the event: a return recorded again invites no one twice.
  return {
    work: [{ key: `survey-invitation:${surveyId}:${recipient.id}`, reason: 'survey-invitation', recipient, subjectId: studentId, facts: surveyFacts(agreement, moment) }],
    due: [
      {
        key: `survey-reminder:${surveyId}:${recipient.id}`,
        reason: 'survey-reminder',
        dueAt: daysAfter(event.recordedAt, reminderDays),
        subject: { kind: 'survey', studentId, surveyId, since: event.recordedAt.toISOString() },
        subjectId: studentId,
      },
    ],
  };
}

const surveyFacts = (agreement: AgreementState, moment: SurveyMoment) => ({
  ...agreementFacts(agreement),
  link: `/survey/${agreement.mobilityId}?moment=${moment}`,
});

/** A due survey reminder: to the student who has not answered, once; nothing to one who has. */
export async function surveyReminder(due: RecordedDue, log: StreamReader, agreementOf: (mobilityId: string) => Promise<AgreementState>): Promise<{ work?: WorkItem }> {
  if (due.subject.kind !== 'survey') return {};
  const { studentId, surveyId } = due.subject;
  const student = (await log.readStream(studentStreamId(studentId))).reduce(
    (state: StudentState, e) => evolveStudent(state, upcastStudentEvent(e)),
    initialStudentState(),
  );
  if (student.surveys[surveyId] || student.erased) return {};
  const [mobilityId, moment] = surveyId.split(':') as [string, SurveyMoment];
  const agreement = await agreementOf(mobilityId);
  const recipient = recipientOf(agreement, 'student');
  if (!recipient) return {};
  return { work: { key: `${due.key}#1`, reason: 'survey-reminder', recipient, subjectId: studentId, facts: surveyFacts(agreement, moment) } };
}
