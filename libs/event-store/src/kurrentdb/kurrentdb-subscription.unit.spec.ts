import { AllStreamResolvedEvent } from '@kurrent/kurrentdb-client';
import { PassThrough } from 'node:stream';
import { RecordedEvent } from '../event-store';
import { KurrentSubscriptionStream, deliverToHandler } from './kurrentdb-subscription';

const resolved = (revision: bigint, type = 'CreditsRecognised', streamId = 'agreement-1'): AllStreamResolvedEvent =>
  ({
    event: {
      streamId,
      id: `00000000-0000-4000-8000-00000000000${revision}`,
      isJson: true,
      revision,
      type,
      created: new Date(),
      data: { recognisedEcts: 6 },
      metadata: {},
      position: { commit: 100n + revision, prepare: 100n + revision },
    },
  }) as AllStreamResolvedEvent;

/** Stands in for the client's subscription: an object stream that never ends by itself. */
function fakeSubscription(): KurrentSubscriptionStream & PassThrough & { unsubscribed: number } {
  const stream = Object.assign(new PassThrough({ objectMode: true }), { unsubscribed: 0 });
  return Object.assign(stream, {
    unsubscribe: async () => {
      stream.unsubscribed += 1;
    },
  });
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('KurrentDB subscription delivery', () => {
  it('hands user events to the handler one at a time, skipping system events', async () => {
    const stream = fakeSubscription();
    const handled: bigint[] = [];
    let inFlight = 0;
    const subscription = deliverToHandler(stream, async (event: RecordedEvent) => {
      inFlight += 1;
      expect(inFlight).toBe(1);
      await tick();
      handled.push(event.revision);
      inFlight -= 1;
    });
    stream.write(resolved(0n));
    stream.write(resolved(9n, '$statsCollected', '$stats-127.0.0.1:2113'));
    stream.write(resolved(1n));
    while (handled.length < 2) await tick();
    await subscription.stop();
    await expect(subscription.done).resolves.toBeUndefined();
    expect(handled).toEqual([0n, 1n]);
    expect(stream.unsubscribed).toBeGreaterThan(0);
  });

  it('waits on stop for the handler in flight', async () => {
    const stream = fakeSubscription();
    let release: () => void = () => undefined;
    let finished = false;
    const subscription = deliverToHandler(stream, async () => {
      await new Promise<void>((resolve) => (release = resolve));
      finished = true;
    });
    stream.write(resolved(0n));
    await tick();
    const stopped = subscription.stop();
    await tick();
    expect(finished).toBe(false);
    release();
    await stopped;
    expect(finished).toBe(true);
  });

  it("ends with the handler's error and cancels the server call", async () => {
    const stream = fakeSubscription();
    const subscription = deliverToHandler(stream, () => {
      throw new Error('CTI-MOB-5 projection failed');
    });
    stream.write(resolved(0n));
    await expect(subscription.done).rejects.toThrow('CTI-MOB-5 projection failed');
    expect(stream.unsubscribed).toBe(1);
  });

  it('ends with the error of a dropped subscription', async () => {
    const stream = fakeSubscription();
    const subscription = deliverToHandler(stream, () => undefined);
    stream.destroy(new Error('unavailable'));
    await expect(subscription.done).rejects.toThrow('unavailable');
  });
});
