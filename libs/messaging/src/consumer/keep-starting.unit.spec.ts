import type { MessageConsumer } from '../port';
import { keepStarting } from './keep-starting';

const aConsumer = () => {
  const consumer = { stopped: false, commit: async () => undefined, stop: async () => void (consumer.stopped = true) };
  return consumer;
};

describe('a consumer started until it is in its group', () => {
  it('tries again after a failed start, and resolves with the consumer that joined', async () => {
    const consumer = aConsumer();
    let tries = 0;
    const started = await keepStarting(async () => {
      tries += 1;
      if (tries === 1) throw new Error('the broker does not answer yet');
      return consumer as MessageConsumer;
    }, new AbortController().signal);
    expect([tries, started]).toEqual([2, consumer]);
  });

  it('stops a consumer that joined after the stop, and resolves with none', async () => {
    const stopping = new AbortController();
    const consumer = aConsumer();
    const started = await keepStarting(async () => {
      stopping.abort();
      return consumer as MessageConsumer;
    }, stopping.signal);
    expect([started, consumer.stopped]).toEqual([undefined, true]);
  });

  it('gives up waiting between tries as soon as it is stopped', async () => {
    const stopping = new AbortController();
    const started = keepStarting(async () => {
      setImmediate(() => stopping.abort());
      throw new Error('the broker does not answer yet');
    }, stopping.signal);
    await expect(started).resolves.toBeUndefined();
  });
});
