import { AgreementCommand, agreementDecider, agreementStreamId, contentHash } from '@app/domain';
import { aContent, command, historyOf, receivingStaff, sendingStaff, student } from '@app/domain/testing';
import type { RecordedEvent } from '@app/event-store';
import { readerOf, recordedStream } from '../testing/recorded';
import { agreementMailReaction } from './agreement-mail.reaction';

const content = aContent({ receivingInstitution: { heiId: 'uw.edu.pl', contactPerson: { name: 'Paweł Kowalski', email: 'pawel@uw.edu.pl' } } });
const hash = contentHash(content);
const draft = command('DraftAgreement', student, { content });
const sign = (by: typeof student) => command('SignAgreement', by, { contentHash: hash });
const reaction = agreementMailReaction({ reminderDays: 7 });

/** Given the commands, the messages and reminders the last event of the stream brings. */
async function reactionsTo(...commands: AgreementCommand[]) {
  const stream = recordedStream(agreementStreamId(draft.data.mobilityId), historyOf(agreementDecider, commands));
  const event = stream.at(-1)!;
  const all = await Promise.all(stream.map(async (e: RecordedEvent) => reaction.react(e, await reaction.contextOf(e, readerOf(stream)))));
  return { last: all.at(-1)!, all, event };
}

describe('agreement mail reaction (CTI-LA-1, CTI-LA-3)', () => {
  it('LA-ORDER: a draft asks the student to sign first, in French for a student of a French school, with a reminder due in 7 days', async () => {
    const { last, event } = await reactionsTo(draft);
    expect(last.work).toEqual([
      expect.objectContaining({
        reason: 'turn-to-sign',
        key: `turn-to-sign:${event.streamId}@0:student:acc-ivan`,
        recipient: { id: 'student:acc-ivan', address: 'ivan@example.com', language: 'fr' },
        subjectId: 'acc-ivan',
        facts: expect.objectContaining({ link: `/agreements/${draft.data.mobilityId}`, party: 'student', sending: 'insa-lyon.fr' }),
      }),
    ]);
    expect(last.due).toEqual([
      expect.objectContaining({
        reason: 'signature-reminder',
        dueAt: '2026-01-22T09:00:00.000Z',
        subject: expect.objectContaining({ kind: 'signature', party: 'student', contentHash: hash }),
      }),
    ]);
  });

  it('LA-ORDER: after the student, the sending school; after the school, the host, in English', async () => {
    expect((await reactionsTo(draft, sign(student))).last.work.map((w) => [w.recipient.id, w.recipient.address, w.recipient.language])).toEqual([
      ['sending:insa-lyon.fr', 'anders@example.com', 'fr'],
    ]);
    expect((await reactionsTo(draft, sign(student), sign(sendingStaff))).last.work.map((w) => [w.recipient.id, w.recipient.language])).toEqual([
      ['receiving:uw.edu.pl', 'en'],
    ]);
  });

  it('CTI-LA-1: the third signature asks no one to sign and tells all three parties that version 1 is in force', async () => {
    const { all } = await reactionsTo(draft, sign(student), sign(sendingStaff), sign(receivingStaff));
    const [signed, approvedReactions] = all.slice(-2);
    expect(signed.work).toEqual([]);
    expect(approvedReactions.work.map((w) => [w.reason, w.recipient.id, w.facts.version])).toEqual([
      ['in-force', 'student:acc-ivan', 1],
      ['in-force', 'sending:insa-lyon.fr', 1],
      ['in-force', 'receiving:uw.edu.pl', 1],
    ]);
  });

  it('LA-REJECT: a rejected draft goes back to whoever drafted it, with the comment', async () => {
    const { last } = await reactionsTo(draft, sign(student), command('RejectAgreement', sendingStaff, { comment: 'Add the lab course' }));
    expect(last.work.map((w) => [w.reason, w.recipient.id, w.facts.comment, w.facts.party])).toEqual([['rejected', 'student:acc-ivan', 'Add the lab course', 'sending']]);
  });

  it('CTI-LA-3: a rejected amendment goes back to its proposer, with the comment and the proposal number', async () => {
    const changes = [{ op: 'delete' as const, table: 'studiedAbroad' as const, code: 'KR502B', reason: 'not-available' as const }];
    const { last } = await reactionsTo(
      draft,
      sign(student),
      sign(sendingStaff),
      sign(receivingStaff),
      command('ProposeAmendment', sendingStaff, { changes }),
      command('RejectAmendment', receivingStaff, { comment: 'KR502B stays' }),
    );
    expect(last.work.map((w) => [w.reason, w.recipient.id, w.facts.comment, w.facts.proposalNumber])).toEqual([['rejected', 'sending:insa-lyon.fr', 'KR502B stays', 1]]);
  });

  it('the same event gives the same keys: a replay records nothing new', async () => {
    const first = await reactionsTo(draft, sign(student));
    const again = await reactionsTo(draft, sign(student));
    expect(again.last.work.map((w) => w.key)).toEqual(first.last.work.map((w) => w.key));
    expect(again.last.due.map((d) => d.key)).toEqual(first.last.due.map((d) => d.key));
  });

  it('no address, no message: a host without a contact person whose signers gave no address is not written to', async () => {
    const bare = aContent();
    const { last } = await reactionsTo(
      command('DraftAgreement', student, { content: bare }),
      command('SignAgreement', student, { contentHash: contentHash(bare) }),
      command('SignAgreement', sendingStaff, { contentHash: contentHash(bare) }),
    );
    expect(last.work).toEqual([]);
  });
});
