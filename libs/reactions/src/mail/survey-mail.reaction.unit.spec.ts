import { AgreementCommand, agreementDecider, agreementStreamId, contentHash, schoolStreamId } from '@app/domain';
import { aContent, command, historyOf, receivingStaff, sendingStaff, student } from '@app/domain/testing';
import { readerOf, recordedStream } from '../testing/recorded';
import { surveyMailReaction } from './survey-mail.reaction';

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
const reactionTo = async (type: string, school = regulations(false)) => {
  const event = agreement.find((e) => e.type === type)!;
  return reaction.react(event, await reaction.contextOf(event, readerOf(agreement, school)));
};

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
});
