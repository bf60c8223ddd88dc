import type { EventStore } from '@app/event-store';
import { logPages } from '../runner/log-pages';
import { ChainReport, chainReport } from './chain-report';

const PAGE = 5000;

export interface StoreAudit {
  streams: number;
  events: number;
  intact: number;
  unchained: number;
  broken: Extract<ChainReport, { status: 'broken' }>[];
}

/** Every stream of the store, found through the global log, each chain recomputed from its events. */
export async function verifyAllStreams(events: EventStore): Promise<StoreAudit> {
  const audit: StoreAudit = { streams: 0, events: 0, intact: 0, unchained: 0, broken: [] };
  for (const streamId of await streamIds(events)) {
    const report = chainReport(streamId, await events.readStream(streamId));
    audit.streams += 1;
    audit.events += report.events;
    if (report.status === 'broken') audit.broken.push(report);
    else audit[report.status] += 1;
  }
  return audit;
}

/** The summary `npm run audit:verify` prints; it exits non-zero when a chain is broken. */
export function auditSummaryLines(audit: StoreAudit): string[] {
  const lines = [
    `${audit.streams} streams, ${audit.events} events: ${audit.intact} intact, ${audit.broken.length} broken, ${audit.unchained} without a hash chain`,
    ...audit.broken.map(
      ({ streamId, brokenAt }) => `BROKEN ${streamId} at revision ${brokenAt.revision} (${brokenAt.type ?? 'missing event'}): ${brokenAt.reason}`,
    ),
  ];
  return lines;
}

export const auditExitCode = (audit: StoreAudit): number => (audit.broken.length > 0 ? 1 : 0);

async function streamIds(events: EventStore): Promise<string[]> {
  const seen = new Set<string>();
  for await (const page of logPages(events, PAGE)) page.forEach((event) => seen.add(event.streamId));
  return [...seen];
}
