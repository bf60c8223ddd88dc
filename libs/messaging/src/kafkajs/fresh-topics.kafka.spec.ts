import { categoryTopics } from '../events';
import { MessageBus } from '../port';
import { testBus, uniqueTopicPrefix } from '../testing';

jest.setTimeout(300_000);

/**
 * A topic the controller has just created is not yet usable: for tens to hundreds of
 * milliseconds its broker's metadata does not know it (UNKNOWN_TOPIC_OR_PARTITION, "This
 * server does not host this topic-partition"), then names a leader that does not lead the
 * partition yet (NOT_LEADER_OR_FOLLOWER). Each try uses topics nobody has created yet, five
 * at once as the services do (one per stream category), and uses them the moment the port
 * says they are there.
 */
const TRIES = 30;
/** Deployments started together: more at once is more load on the controller, where the race lives. */
const AT_ONCE = 6;

describe('topics used right after they are created', () => {
  let bus: MessageBus;
  let relayBus: MessageBus;
  beforeEach(() => {
    bus = testBus('fresh-topics-spec');
    relayBus = testBus('fresh-topics-relay');
  });
  afterEach(async () => {
    await bus.close();
    await relayBus.close();
  });

  it(`consumers started while the relay creates their topics join their groups (${TRIES} deployments, ${AT_ONCE} at a time)`, async () => {
    const failures: string[] = [];
    const deployment = async (n: number) => {
      const topics = categoryTopics(uniqueTopicPrefix());
      // Whichever of the two loses the creation goes on at once, as if the topics were there.
      const [, consumer] = await Promise.all([
        relayBus.ensureTopics(topics).catch((error: Error) => void failures.push(`deployment ${n}, ensureTopics: ${error.message}`)),
        bus.consume({ groupId: `${topics[0]}.fresh`, topics, handle: async () => undefined }).catch((error: Error) => void failures.push(`deployment ${n}, consume: ${error.message}`)),
      ]);
      await consumer?.stop();
    };
    for (let n = 0; n < TRIES; n += AT_ONCE) await Promise.all(Array.from({ length: AT_ONCE }, (_, i) => deployment(n + i)));
    expect(failures).toEqual([]);
  });

  it(`every partition of a topic ensured a moment ago answers at its leader (${TRIES} tries)`, async () => {
    const failures: string[] = [];
    for (let n = 0; n < TRIES; n += 1) {
      const topics = categoryTopics(uniqueTopicPrefix());
      try {
        await bus.ensureTopics(topics);
        // Offsets are read from each partition's leader, as a consumer joining its group or a producer sending reads them.
        const ends = await Promise.all(topics.map((topic) => bus.endOffsets(topic)));
        expect(ends.map((partitions) => partitions.map(({ offset }) => offset))).toEqual(topics.map(() => ['0', '0', '0']));
      } catch (error) {
        failures.push(`try ${n}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
