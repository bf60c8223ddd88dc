import { IncomingMessage, MessageBus, MessageConsumer } from '../port';
import { DEAD_LETTER_SUFFIX, deadLetterTopicOf, replayOf } from './dead-letter-message';

/**
 * Republishes what was parked on `<topic>.dlq` to `<topic>`, up to the end of the dead-letter
 * topic as it stood at the start, and returns how many. A consumer group of its own
 * remembers what was replayed, so running the command again replays only what was parked
 * since. Consumers that had applied a message already skip it by their dedupe.
 */
export async function replayDeadLetters(bus: MessageBus, topic: string): Promise<number> {
  const original = topic.endsWith(DEAD_LETTER_SUFFIX) ? topic.slice(0, -DEAD_LETTER_SUFFIX.length) : topic;
  const parkedTopic = deadLetterTopicOf(original);
  const groupId = `${parkedTopic}.replay`;
  await bus.ensureTopics([original, parkedTopic]);

  const committed = new Map((await bus.committedOffsets(groupId, parkedTopic)).map((p) => [p.partition, BigInt(p.offset)]));
  const ends = new Map<number, bigint>();
  for (const { partition, offset } of await bus.endOffsets(parkedTopic)) {
    const end = BigInt(offset);
    if (end > 0n && (committed.get(partition) ?? -1n) < end) ends.set(partition, end);
  }
  if (ends.size === 0) return 0;

  const publisher = await bus.createPublisher();
  let replayed = 0;
  // A message may arrive before `consume` has returned the consumer that commits it.
  let started!: (consumer: MessageConsumer) => void;
  const consumerReady = new Promise<MessageConsumer>((resolve) => (started = resolve));
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const finished = new Promise<void>((resolve, reject) => ((finish = resolve), (fail = reject)));

  const handle = async (message: IncomingMessage) => {
    const end = ends.get(message.partition);
    // Parked after the command started: left for the next run.
    if (end === undefined || BigInt(message.offset) >= end) return;
    try {
      await publisher.publish([replayOf(message)]);
      await (await consumerReady).commit(message);
      replayed += 1;
      if (BigInt(message.offset) + 1n >= end) ends.delete(message.partition);
      if (ends.size === 0) finish();
    } catch (error) {
      fail(error as Error);
    }
  };
  const consumer = await bus.consume({ groupId, topics: [parkedTopic], fromBeginning: true, handle });
  started(consumer);
  try {
    await finished;
  } finally {
    await consumer.stop();
    await publisher.close();
  }
  return replayed;
}
