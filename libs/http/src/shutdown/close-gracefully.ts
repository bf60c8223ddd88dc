import type { Server } from 'node:http';
import { INestApplication } from '@nestjs/common';
import { inFlightRequestsOf } from './in-flight-requests';

/** What requests in flight get to finish once the process is asked to close. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 2000;

/**
 * After the grace, what aborted reads and waits get to answer their 503 before their
 * connections are cut. An aborted request first finishes the step under way, at most a page
 * of a projection's catch-up (5,000 events), which on a busy 2-core machine takes more than
 * half a second: a shorter bound cut such requests without any answer. The wait ends as soon
 * as they have answered.
 */
export const ANSWER_AFTER_ABORT_MS = 5000;

/** SHUTDOWN_GRACE_MS, a whole number of milliseconds (0 aborts requests in flight at once). */
export function shutdownGraceFrom(config: { get(name: string): string | undefined }): number {
  const value = config.get('SHUTDOWN_GRACE_MS');
  if (value === undefined || value === '') return DEFAULT_SHUTDOWN_GRACE_MS;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0) throw new Error(`SHUTDOWN_GRACE_MS must be a whole number of milliseconds, got ${value}`);
  return ms;
}

/**
 * Closes the app without waiting on its clients: stops accepting connections, closes the idle
 * keep-alive ones at once, lets requests in flight finish within `graceMs` (each answer closes
 * its connection), then aborts what is left (reads and waits stop at their next step; an
 * append under way ends in its own transaction), cuts the remaining connections and closes
 * the app: its feeds, then its stores.
 */
export async function closeGracefully(app: INestApplication, { graceMs = DEFAULT_SHUTDOWN_GRACE_MS }: { graceMs?: number } = {}): Promise<void> {
  const server = app.getHttpServer() as Server;
  const requests = inFlightRequestsOf(app);
  requests?.closeConnectionsAfterAnswers();
  if (server.listening) server.close();
  server.closeIdleConnections();
  if (requests && !(await requests.settled(graceMs))) {
    requests.abortAll();
    await requests.settled(ANSWER_AFTER_ABORT_MS);
  }
  server.closeAllConnections();
  await app.close();
}
