import type { EventStore } from '@app/event-store';
import { FixedClock } from '@app/kernel';
import type { ReactionStore } from '../store/reaction-store';
import { ReactionTick } from './reaction-tick';

/** A store whose due checks answer only when let go, counting the looks. */
const slowStore = () => {
  const looks = { dueChecks: 0 };
  let letGo = () => {};
  const gate = new Promise<void>((resolve) => (letGo = resolve));
  const store = {
    dueChecks: async () => {
      looks.dueChecks += 1;
      await gate;
      return [];
    },
    held: async () => [],
  } as unknown as ReactionStore;
  return { store, looks, letGo: () => letGo() };
};

describe('a shutdown waits for the tick in flight and starts none', () => {
  const tickOn = (store: ReactionStore) => new ReactionTick({} as EventStore, store, new FixedClock(new Date('2026-03-01T10:00:00.000Z')), { reminderDays: 7, publicUrl: 'http://localhost' }, () => {});

  it('idle with no tick in flight looks at nothing', async () => {
    const { store, looks } = slowStore();
    await tickOn(store).idle();
    expect(looks.dueChecks).toBe(0);
  });

  it('idle settles once the running tick is done, without running another', async () => {
    const { store, looks, letGo } = slowStore();
    const tick = tickOn(store);
    let ticked = false;
    void tick.tick().then(() => (ticked = true));
    await new Promise((resolve) => setImmediate(resolve));
    const idle = tick.idle();
    letGo();
    await idle;
    expect(ticked).toBe(true);
    expect(looks.dueChecks).toBe(1);
  });
});
