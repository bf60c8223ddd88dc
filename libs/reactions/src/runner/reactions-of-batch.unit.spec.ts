import { AgreementCommand, agreementDecider, agreementStreamId, contentHash } from '@app/domain';
import { aContent, command, historyOf, receivingStaff, sendingStaff, student } from '@app/domain/testing';
import { agreementMailReaction } from '../mail/agreement-mail.reaction';
import { readerOf, recordedStream } from '../testing/recorded';
import { reactionsOfBatch, readOnce } from './reactions-of-batch';

const content = aContent();
const signing: AgreementCommand[] = [
  command('DraftAgreement', student, { content }),
  ...[student, sendingStaff, receivingStaff].map((by) => command('SignAgreement', by, { contentHash: contentHash(content) })),
];
const stream = recordedStream(agreementStreamId(signing[0].data.mobilityId), historyOf(agreementDecider, signing));
const reaction = agreementMailReaction({ reminderDays: 7 });

describe('the reactions of a batch', () => {
  it('read each stream once for the whole batch, and make of each event what its context as of that event says', async () => {
    const reader = readerOf(stream);
    const reads: string[] = [];
    const counting = { readStream: (streamId: string, options?: { maxCount?: number }) => (reads.push(streamId), reader.readStream(streamId, options)) };
    const ofBatch = await reactionsOfBatch(reaction, stream, counting);
    expect(reads).toEqual([stream[0].streamId]);
    for (const event of stream) expect(ofBatch(event)).toEqual(reaction.react(event, await reaction.contextOf(event, reader)));
    // The fixture's receiving institution names no contact address: it is asked nothing.
    expect(stream.map((event) => ofBatch(event).work.map((w) => w.reason))).toEqual([['turn-to-sign'], ['turn-to-sign'], [], [], ['in-force', 'in-force']]);
  });

  it('read a stream once for all the reactions of a batch when they share a reader', async () => {
    const reader = readerOf(stream);
    const reads: string[] = [];
    const counting = { readStream: (streamId: string, options?: { maxCount?: number }) => (reads.push(streamId), reader.readStream(streamId, options)) };
    const shared = readOnce(counting);
    for (const each of [reaction, agreementMailReaction({ reminderDays: 3 })]) await reactionsOfBatch(each, stream, shared);
    expect(reads).toEqual([stream[0].streamId]);
  });
});
