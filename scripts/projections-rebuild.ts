/**
 * Empties and replays one projection, or all: npm run projections:rebuild [name]
 * Reads the same settings as the app (EVENT_STORE, SQLITE_PATH, DATABASE_URL, ...).
 */
import { ConfigService } from '@nestjs/config';
import { personalFieldsOf } from '@app/domain';
import { eventStoreConfigFrom, keyStoreConfigFor, openProtectedEventStore } from '@app/event-store';
import {
  PROJECTIONS,
  createProjectionStore,
  environmentSettings,
  progressReporter,
  projectionStoreConfigFrom,
  rebuildProjections,
} from '@app/read-models';

async function main(): Promise<void> {
  const name = process.argv[2];
  const settings = new ConfigService();
  const config = eventStoreConfigFrom(settings);
  // As the app reads the store; the projections are applied to the events as stored, personal fields sealed.
  const events = await openProtectedEventStore({ events: config, keys: keyStoreConfigFor(config, settings), personalData: personalFieldsOf });
  const store = await createProjectionStore(projectionStoreConfigFrom(environmentSettings));
  try {
    const rebuilt = await rebuildProjections({ events, store, projections: PROJECTIONS, name, report: progressReporter });
    console.log(`rebuilt ${rebuilt.join(', ')}`);
  } finally {
    await store.close();
    await events.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
