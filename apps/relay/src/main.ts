/**
 * The relay service: the event store's global log -> Kafka. A plain process rather than a
 * Nest app: it serves no HTTP yet, and all of its logic lives in @app/messaging.
 */
import { ConfigService } from '@nestjs/config';
import { openRelay, relayConfigFrom } from '@app/messaging';

async function main(): Promise<void> {
  const relay = await openRelay(relayConfigFrom(new ConfigService()));
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void relay.stop());
  await relay.done;
  // Everything is closed by now; exiting also ends a client library's stray timers.
  process.exit(0);
}

main().catch((error: Error) => {
  console.error(JSON.stringify({ level: 'error', component: 'relay', message: error.message }));
  process.exit(1);
});
