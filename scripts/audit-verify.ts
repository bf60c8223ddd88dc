/**
 * Recomputes the hash chain of every stream of the store: npm run audit:verify
 * Reads the same settings as the app; exits 1 when a chain is broken.
 */
import { ConfigService } from '@nestjs/config';
import { createEventStore, eventStoreConfigFrom } from '@app/event-store';
import { auditExitCode, auditSummaryLines, verifyAllStreams } from '@app/read-models';

async function main(): Promise<number> {
  const events = await createEventStore(eventStoreConfigFrom(new ConfigService()));
  try {
    const audit = await verifyAllStreams(events);
    auditSummaryLines(audit).forEach((line) => console.log(line));
    return auditExitCode(audit);
  } finally {
    await events.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(2);
  },
);
