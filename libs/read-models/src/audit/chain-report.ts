import { verifyChain } from '@app/domain';
import { type RecordedEvent, storedEvent } from '@app/event-store';

/** The hash chain of one stream, as the API and `npm run audit:verify` report it. */
export type ChainReport =
  | { streamId: string; status: 'intact'; events: number; lastHash: string }
  | { streamId: string; status: 'broken'; events: number; brokenAt: { revision: string; eventId: string | null; type: string | null; reason: string } }
  | { streamId: string; status: 'unchained'; events: number };

/** Agreement streams must carry the chain (CTI-LA-4); other streams are checked when they do. */
const mustBeChained = (streamId: string) => streamId.startsWith('agreement-');
const isChained = (events: readonly RecordedEvent[]) => events.some((e) => 'hash' in e.metadata || 'previousHash' in e.metadata);

/** Recomputes every link of the stream from the stored events (CTI-LA-4: nothing signed changes unseen). */
export function chainReport(streamId: string, events: readonly RecordedEvent[]): ChainReport {
  if (!isChained(events) && !mustBeChained(streamId)) return { streamId, status: 'unchained', events: events.length };
  // The chain covers the events as stored, personal fields sealed (and still so after an erasure).
  const result = verifyChain(events.map(storedEvent));
  if (result.verified) return { streamId, status: 'intact', events: result.events, lastHash: result.lastHash };
  const culprit = events.find((e) => e.revision === result.brokenAt);
  return {
    streamId,
    status: 'broken',
    events: result.events,
    brokenAt: {
      revision: String(result.brokenAt),
      eventId: culprit?.id ?? null,
      type: culprit?.type ?? null,
      reason: `CTI-LA-4: ${result.reason}`,
    },
  };
}
