import { AgreementCommand, agreementDecider, agreementStreamId, contentHash, schoolStreamId, studentStreamId } from '@app/domain';
import { aContent, command, historyOf, receivingStaff, sendingStaff, student } from '@app/domain/testing';
import { readerOf, recordedStream } from '../testing/recorded';
import type { RecordedDue } from '../store/reaction-store';
import { currentAgreement } from './agreement-mail.reaction';
import { surveyMailReaction, surveyReminder } from './survey-mail.reaction';

const content = aContent();
const hash = contentHash(content);
const signed: AgreementCommand[] = [
  command('DraftAgreement', student, { content }),
  ...[student, sendingStaff, receivingStaff].map((by) => command('SignAgreement', by, { contentHash: hash })),
];
const stay = [...signed, command('RecordDeparture', student, { date: '2026-01-15' }), command('RecordReturn', student, { date: '2026-01-15' })];
const agreement = recordedStream(agreementStreamId(signed[0].data.mobilityId), historyOf(agreementDecider, stay));
const regulations = (surveyDuringStay: boolean) =>
  recordedStream(schoolStreamId('insa-lyon.fr'), [
    {
      type: 'StudyRegulationsConfigured',
      data: {
        schoolId: 'insa-lyon.fr',
        regulations: { minimumWeeksAbroad: { student: 12, apprentice: 9 }, lowCarbonTravel: { counts: false, maxDays: 0 }, preparatoryCycleCounts: false, ...(surveyDuringStay && { surveyDuringStay }) },
        by: { id: 'staff-anders' },
        at: '2026-01-01T00:00:00.000Z',
      },
    },
  ]);
const reaction = surveyMailReaction({ reminderDays: 7 });
const reactionTo = async (type: string, school = regulations(false), stream = agreement) => {
  const event = stream.find((e) => e.type === type)!;
  return reaction.react(event, await reaction.contextOf(event, readerOf(stream, school)));
};
/** A stay whose dates only the receiving institution stated, the student having declared none. */
const confirmedOnly = (dates: { start?: string; end?: string }) =>
  recordedStream(agreementStreamId(signed[0].data.mobilityId), historyOf(agreementDecider, [...signed, command('ConfirmStayDates', receivingStaff, dates)]));
const links = (reactions: { work: { facts: { link: string } }[] }) => reactions.work.map((w) => w.facts.link);

describe('the survey invitation (CTI-MOB-9)', () => {
  it('invites the student once they are back, keyed by the survey, with a reminder due 7 days later', async () => {
    const { work, due } = await reactionTo('ReturnRecorded');
    expect(work.map((w) => [w.reason, w.key, w.recipient.id, w.facts.link])).toEqual([
      ['survey-invitation', `survey-invitation:${signed[0].data.mobilityId}:after-return:student:acc-ivan`, 'student:acc-ivan', `/survey/${signed[0].data.mobilityId}?moment=after-return`],
    ]);
    expect(due).toEqual([expect.objectContaining({ reason: 'survey-reminder', subject: expect.objectContaining({ kind: 'survey', surveyId: `${signed[0].data.mobilityId}:after-return` }) })]);
  });

  it('asks during the stay only when the sending school’s regulations say surveyDuringStay', async () => {
    expect((await reactionTo('DepartureRecorded')).work).toEqual([]);
    expect((await reactionTo('DepartureRecorded', regulations(true))).work.map((w) => w.facts.link)).toEqual([`/survey/${signed[0].data.mobilityId}?moment=mid-stay`]);
  });

  it('invites as well once the receiving institution confirms the end (after the return) or the start (during the stay), under the same keys', async () => {
    const mobilityId = signed[0].data.mobilityId;
    const byReturn = await reactionTo('ReturnRecorded');
    const byEnd = await reactionTo('StayDatesConfirmed', regulations(false), confirmedOnly({ start: '2026-01-05', end: '2026-01-14' }));
    expect(links(byEnd)).toEqual([`/survey/${mobilityId}?moment=after-return`]);
    expect(byEnd.work.map((w) => w.key)).toEqual(byReturn.work.map((w) => w.key));
    expect(byEnd.due.map((d) => d.key)).toEqual(byReturn.due.map((d) => d.key));

    const byDeparture = await reactionTo('DepartureRecorded', regulations(true));
    const byStart = await reactionTo('StayDatesConfirmed', regulations(true), confirmedOnly({ start: '2026-01-05' }));
    expect(links(byStart)).toEqual([`/survey/${mobilityId}?moment=mid-stay`]);
    expect(byStart.work.map((w) => w.key)).toEqual(byDeparture.work.map((w) => w.key));
    expect((await reactionTo('StayDatesConfirmed', regulations(false), confirmedOnly({ start: '2026-01-05' }))).work).toEqual([]);
    expect(links(await reactionTo('StayDatesConfirmed', regulations(true), confirmedOnly({ start: '2026-01-05', end: '2026-01-14' })))).toEqual([
      `/survey/${mobilityId}?moment=mid-stay`,
      `/survey/${mobilityId}?moment=after-return`,
    ]);
  });
});

describe('the survey reminder, when its moment comes', () => {
  const mobilityId = signed[0].data.mobilityId;
  const due: RecordedDue = {
    key: `survey-reminder:${mobilityId}:after-return:student:acc-ivan`,
    reason: 'survey-reminder',
    dueAt: '2026-01-22T09:00:00.000Z',
    subject: { kind: 'survey', studentId: 'acc-ivan', surveyId: `${mobilityId}:after-return`, since: '2026-01-15T09:00:00.000Z' },
    subjectId: 'acc-ivan',
    reaction: 'survey-mail',
    round: 0,
  };
  const studentStream = (events: { type: string; data: unknown }[]) => recordedStream(studentStreamId('acc-ivan'), events);
  const remind = (student: ReturnType<typeof studentStream>) => {
    const log = readerOf(agreement, student);
    return surveyReminder(due, log, (id) => currentAgreement(id, log));
  };

  it('reminds the student who has not answered', async () => {
    const { work } = await remind(studentStream([]));
    expect([work?.reason, work?.key, work?.recipient.id]).toEqual(['survey-reminder', `${due.key}#1`, 'student:acc-ivan']);
  });

  it('reminds no one who answered that survey before the moment came', async () => {
    const answered = {
      type: 'SurveyAnswered',
      data: { studentId: 'acc-ivan', mobilityId, moment: 'after-return', partner: 'uw.edu.pl', academicYear: '2025/2026', answers: { preparation: 4, stay: 5, recognition: 3 }, by: { id: 'acc-ivan' }, role: 'student', at: '2026-01-20T09:00:00.000Z' },
    };
    expect(await remind(studentStream([answered]))).toEqual({});
  });
});
