import { categoryTopics } from '../events';
import { MessageBus, MessageConsumer, TopicsNotReadyError } from '../port';
import { LateBroker, lateBroker, uniqueTopicPrefix, waitFor } from '../testing';
import { createKafkaJsBus } from './kafkajs-message-bus';

jest.setTimeout(90_000);

/** What /health/ready makes of the bus: its answer within two seconds, as ReadinessChecks waits for it. */
async function probe(bus: MessageBus): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('no answer within 2000 ms'), 2000)));
  try {
    return await Promise.race([bus.ready().then(() => 'ready', (error: Error) => error.message), silence]);
  } finally {
    clearTimeout(timer);
  }
}

describe('the bus of a service started before its broker answers', () => {
  let broker: LateBroker;
  let bus: MessageBus;
  beforeEach(async () => {
    broker = await lateBroker();
  });
  afterEach(async () => {
    await bus.close();
    await broker.close();
  });

  it('is not ready while the broker is silent and its consumer starting, then ready once the consumer is in its group', async () => {
    bus = createKafkaJsBus({ brokers: [broker.address], clientId: 'bus-readiness-spec', partitions: 3, logLevel: 'nothing' });
    expect(await probe(bus)).toBe('no answer within 2000 ms');
    const prefix = uniqueTopicPrefix();
    const starting = bus.consume({ groupId: `${prefix}late`, topics: categoryTopics(prefix), handle: async () => undefined });
    expect(await probe(bus)).toBe(`consumer group ${prefix}late: starting`);

    await broker.arrive();
    const consumer: MessageConsumer = await starting;
    expect(await probe(bus)).toBe('ready');
    await consumer.stop();
    expect(await probe(bus)).toBe('ready');
  });

  it('gives up on the topics at its deadline, naming them, and reports the group that could not start', async () => {
    bus = createKafkaJsBus({ brokers: [broker.address], clientId: 'bus-readiness-spec', partitions: 3, logLevel: 'nothing', topicsReadyTimeoutMs: 1000 });
    const prefix = uniqueTopicPrefix();
    const topics = categoryTopics(prefix);
    const failure = await bus.consume({ groupId: `${prefix}late`, topics, handle: async () => undefined }).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(TopicsNotReadyError);
    expect((failure as TopicsNotReadyError).topics).toEqual(topics);
    expect((failure as Error).message).toMatch(new RegExp(`^Kafka topics not ready after 1\\d{3} ms: ${topics.join(', ').replace(/\./g, '\\.')} \\(no answer from the broker\\)$`));
    expect(await probe(bus)).toBe(`consumer group ${prefix}late: failed to start: ${(failure as Error).message}`);

    // Started again once the broker answers (as the projection feed does), the group replaces its failure.
    await broker.arrive();
    let consumer: MessageConsumer | undefined;
    const handle = async () => undefined;
    await waitFor('the group to start', async () => (consumer = await bus.consume({ groupId: `${prefix}late`, topics, handle }).catch(() => undefined)) !== undefined);
    expect(await probe(bus)).toBe('ready');
    await consumer!.stop();
  });
});
