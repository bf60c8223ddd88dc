import { eventStoreContract } from '../contract/event-store.contract';
import { createEventStore } from '../create-event-store';
import { createTestSchema } from './postgres-test-database';

eventStoreContract('postgres', async () => {
  const schema = await createTestSchema();
  const open = () => createEventStore({ kind: 'postgres', connectionString: schema.connectionString });
  const store = await open();
  return {
    store,
    reopen: open,
    dispose: async () => {
      await store.close();
      await schema.drop();
    },
  };
});
