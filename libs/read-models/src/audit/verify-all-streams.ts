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

/** A chain of the store does not hold: the message names each broken stream, where and why. */
export class BrokenChainError extends Error {
  override readonly name = 'BrokenChainError';

  constructor(readonly audit: StoreAudit) {
    super(auditSummaryLines(audit).join('\n'));
  }
}

/**
 * Verifies every stream of the store and throws a BrokenChainError when a chain does not hold
 * (CTI-LA-4). `tampered` names streams a test broke on purpose: those must be broken (which
 * proves the check sees it) and are left out of the verdict on the others.
 */
export async function assertAllChainsIntact(events: EventStore, { tampered = [] }: { tampered?: Iterable<string> } = {}): Promise<StoreAudit> {
  const audit = await verifyAllStreams(events);
  const expected = new Set(tampered);
  const intact = [...expected].filter((streamId) => !audit.broken.some((report) => report.streamId === streamId));
  if (intact.length > 0) throw new Error(`CTI-LA-4: ${intact.join(', ')} should have been tampered with, but verify as intact`);
  const unexpected = { ...audit, broken: audit.broken.filter((report) => !expected.has(report.streamId)) };
  if (unexpected.broken.length > 0) throw new BrokenChainError(unexpected);
  return audit;
}

async function streamIds(events: EventStore): Promise<string[]> {
  const seen = new Set<string>();
  for await (const page of logPages(events, PAGE)) page.forEach((event) => seen.add(event.streamId));
  return [...seen];
}
