import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreContract } from '../contract/event-store.contract';
import { createEventStore } from '../create-event-store';

eventStoreContract('sqlite', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ml-sqlite-'));
  const path = join(folder, 'events.db');
  const store = await createEventStore({ kind: 'sqlite', path });
  return {
    store,
    reopen: () => createEventStore({ kind: 'sqlite', path }),
    dispose: async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
});
