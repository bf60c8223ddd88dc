import { eventStoreContract } from '../contract/event-store.contract';
import { createKurrentDbEventStore } from './kurrentdb-event-store';

// Needs a live server (e.g. KURRENTDB_URL=kurrentdb://localhost:2113?tls=false); no container is started here.
const url = process.env.KURRENTDB_URL;

if (url) {
  eventStoreContract('kurrentdb', async () => {
    const store = createKurrentDbEventStore(url);
    return {
      store,
      uniqueIdsAcrossStreams: false,
      reopen: async () => createKurrentDbEventStore(url),
      dispose: () => store.close(),
    };
  });
} else {
  describe.skip('EventStore contract: kurrentdb (set KURRENTDB_URL to run)', () => {
    it('needs a KurrentDB server', () => undefined);
  });
}
