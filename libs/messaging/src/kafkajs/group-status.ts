import type { Consumer } from 'kafkajs';
import { sleep } from '../sleep';

/** Whether a consumer is in its group, and if not, why: what `consume` waits on and `ready` reports. */
export interface GroupStatus {
  inGroup: boolean;
  why: string;
  /** Set when kafkajs will not restart the consumer on its own. */
  stopped?: boolean;
}

/** Resolves once the group is joined; rejects when the consumer stopped for good or the deadline (epoch ms) passed. */
export async function untilJoined(group: GroupStatus, deadline: number): Promise<void> {
  for (let pause = 25; !group.inGroup; pause = Math.min(2 * pause, 500)) {
    if (group.stopped) throw new Error(group.why);
    if (Date.now() + pause >= deadline) throw new Error(`not joined in time; last: ${group.why}`);
    await sleep(pause);
  }
}

/** kafkajs restarts a consumer that crashed on a retriable error, and leaves it stopped on another. */
export function follow(consumer: Consumer, group: GroupStatus): void {
  consumer.on(consumer.events.GROUP_JOIN, () => Object.assign(group, { inGroup: true, why: '', stopped: false }));
  consumer.on(consumer.events.CRASH, ({ payload: { error, restart } }) =>
    Object.assign(group, { inGroup: false, why: `${restart ? 'rejoining after' : 'stopped by'} ${error.message}`, stopped: !restart }),
  );
}
