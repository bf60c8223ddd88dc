import { AgreementCommand, DEFAULT_SURVEY_QUESTION_SET, SurveyQuestion, StudentCommand, agreementDecider, agreementStreamId, contentHash, schoolStreamId } from '@app/domain';
import { MOBILITY_ID, aContent, command, historyOf, receivingStaff, sendingStaff, student } from '@app/domain/testing';
import type { EventStore, RecordedEvent } from '@app/event-store';
import { assertStayOfStudent } from './stay-owner';

const content = aContent();
const signed: AgreementCommand[] = [
  command('DraftAgreement', student, { content }),
  ...[student, sendingStaff, receivingStaff].map((by) => command('SignAgreement', by, { contentHash: contentHash(content) })),
];
/** A store holding the one agreement, as the handler reads it. */
const storeOf = (commands: AgreementCommand[], school: RecordedEvent[] = []): EventStore => {
  const recorded = historyOf(agreementDecider, commands).map(
    (event, index): RecordedEvent => ({
      id: `e-${index}`,
      type: event.type,
      schemaVersion: 1,
      streamId: agreementStreamId(MOBILITY_ID),
      revision: BigInt(index),
      position: BigInt(index + 1),
      data: event.data,
      metadata: {},
      recordedAt: new Date('2026-01-15T09:00:00.000Z'),
    }),
  );
  const streams: Record<string, RecordedEvent[]> = { [agreementStreamId(MOBILITY_ID)]: recorded, [schoolStreamId(content.sendingInstitution.heiId)]: school };
  return { readStream: async (streamId: string) => streams[streamId] ?? [] } as unknown as EventStore;
};
const answer: StudentCommand = {
  type: 'AnswerSurvey',
  data: { studentId: student.id, mobilityId: MOBILITY_ID, moment: 'mid-stay', answers: [{ questionId: 'preparation', value: 4 }, { questionId: 'stay', value: 5 }] },
  metadata: { actor: student, now: '2026-01-15T09:00:00.000Z' },
};
const datesRead = async (commands: AgreementCommand[]) => {
  const checked = await assertStayOfStudent(storeOf(commands), answer, student.id);
  const { departedOn, returnedOn } = (checked.data as { agreement?: { departedOn?: string; returnedOn?: string } }).agreement ?? {};
  return { departedOn, returnedOn };
};

describe('SURVEY-MOMENT: the survey is answered on the stay’s dates as the ledger best knows them', () => {
  it('reads no date that is only planned: the stay has not begun', async () => {
    expect(await datesRead(signed)).toEqual({ departedOn: undefined, returnedOn: undefined });
  });

  it('reads the dates the student declared', async () => {
    expect(await datesRead([...signed, command('RecordDeparture', student, { date: '2026-01-12' })])).toEqual({ departedOn: '2026-01-12', returnedOn: undefined });
  });

  it('reads the dates the receiving institution confirmed before those declared', async () => {
    const declaredThenConfirmed = [
      ...signed,
      command('RecordDeparture', student, { date: '2026-01-12' }),
      command('ConfirmStayDates', receivingStaff, { start: '2026-01-10', end: '2026-01-14' }),
    ];
    expect(await datesRead(declaredThenConfirmed)).toEqual({ departedOn: '2026-01-10', returnedOn: '2026-01-14' });
  });
});

describe('SURVEY-QUESTION: the answer is checked against the questions its sending school has in force', () => {
  const questionsRead = async (school: RecordedEvent[]) =>
    ((await assertStayOfStudent(storeOf(signed, school), answer, student.id)).data as { questions?: unknown }).questions;

  it('reads the ledger’s own questions, version 0, of a school that worded none', async () => {
    expect(await questionsRead([])).toEqual(DEFAULT_SURVEY_QUESTION_SET);
  });

  it('reads the school’s own version in force', async () => {
    const welcome: SurveyQuestion = { id: 'welcome', kind: 'rating', wording: { fr: 'L’accueil', en: 'The welcome' }, required: true, moments: ['after-return'] };
    const set = {
      id: 's-1', type: 'SurveyQuestionsSet', schemaVersion: 1, streamId: schoolStreamId(content.sendingInstitution.heiId), revision: 0n, position: 9n, metadata: {}, recordedAt: new Date(),
      data: { schoolId: content.sendingInstitution.heiId, version: 1, questions: [welcome], previous: DEFAULT_SURVEY_QUESTION_SET.questions, by: { id: 'staff' }, at: '2026-01-01T00:00:00.000Z' },
    } as RecordedEvent;
    expect(await questionsRead([set])).toEqual({ version: 1, questions: [welcome] });
  });
});
