import { EventEmitter } from 'node:events';
import type { Consumer } from 'kafkajs';
import { GroupStatus, follow, untilJoined } from './group-status';

/** The two events of a kafkajs consumer that `follow` listens to, under their kafkajs names. */
function aConsumer() {
  const emitter = new EventEmitter();
  const events = { GROUP_JOIN: 'consumer.group_join', CRASH: 'consumer.crash' };
  const consumer = { events, on: (name: string, listener: (event: unknown) => void) => emitter.on(name, listener) } as unknown as Consumer;
  return {
    consumer,
    joins: () => emitter.emit(events.GROUP_JOIN, { payload: {} }),
    crashes: (message: string, restart: boolean) => emitter.emit(events.CRASH, { payload: { error: new Error(message), restart } }),
  };
}

describe('joining a consumer group', () => {
  it('waits through a retriable crash while joining (a new broker loading its offsets) until the restarted consumer joins', async () => {
    const { consumer, joins, crashes } = aConsumer();
    const group: GroupStatus = { inGroup: false, why: 'starting' };
    follow(consumer, group);
    crashes("The coordinator is loading and hence can't process requests for this group", true);
    const joined = untilJoined(group, Date.now() + 5_000);
    setTimeout(joins, 100);
    await expect(joined).resolves.toBeUndefined();
    expect(group).toEqual({ inGroup: true, why: '', stopped: false });
  });

  it('gives up at once when kafkajs will not restart the consumer', async () => {
    const { consumer, crashes } = aConsumer();
    const group: GroupStatus = { inGroup: false, why: 'starting' };
    follow(consumer, group);
    crashes('Group authorization failed', false);
    await expect(untilJoined(group, Date.now() + 5_000)).rejects.toThrow('stopped by Group authorization failed');
  });

  it('gives up at the deadline, saying what it last saw', async () => {
    const { consumer, crashes } = aConsumer();
    const group: GroupStatus = { inGroup: false, why: 'starting' };
    follow(consumer, group);
    crashes('The coordinator is loading', true);
    await expect(untilJoined(group, Date.now() + 200)).rejects.toThrow('not joined in time; last: rejoining after The coordinator is loading');
  });
});
