import { AllStreamResolvedEvent, KurrentDBClient, ReadAllOptions, StreamNotFoundError } from '@kurrent/kurrentdb-client';
import { KurrentDbEventStore } from './kurrentdb-event-store';

const record = (streamId: string, type: string, revision: bigint, position: bigint): AllStreamResolvedEvent =>
  ({
    event: {
      streamId,
      id: `00000000-0000-4000-8000-${position.toString().padStart(12, '0')}`,
      isJson: true,
      revision,
      type,
      created: new Date(),
      data: {},
      metadata: {},
      position: { commit: position, prepare: position },
    },
  }) as AllStreamResolvedEvent;

/** The global log of a server, with system events between ours as a real one has them. */
const log = [
  record('agreement-a', 'AgreementDrafted', 0n, 10n),
  record('$stats-node', '$statsCollected', 0n, 20n),
  record('agreement-a', 'CreditsRecognised', 1n, 30n),
  record('$projections-ects-result', 'Result', 0n, 40n),
  record('$projections-ects-result', 'Result', 1n, 50n),
  record('agreement-b', 'AgreementDrafted', 0n, 60n),
  record('agreement-a', 'AgreementSigned', 2n, 70n),
];

/** Answers readAll the way the server does: inclusive start, type filter, then maxCount. */
async function* readAll({ fromPosition, maxCount, filter }: ReadAllOptions = {}): AsyncGenerator<AllStreamResolvedEvent> {
  const from = fromPosition === 'start' || fromPosition === undefined ? 0n : (fromPosition as { commit: bigint }).commit;
  const matches = filter && 'regex' in filter ? new RegExp(filter.regex) : /.*/;
  const selected = log.filter((r) => r.event!.position.commit >= from && matches.test(r.event!.type));
  yield* selected.slice(0, maxCount === undefined ? undefined : Number(maxCount));
}

async function* missingStream(): AsyncGenerator<never> {
  throw new StreamNotFoundError(undefined, 'agreement-z');
}

const store = new KurrentDbEventStore({ readAll, readStream: missingStream } as unknown as KurrentDBClient);
const streamsAndRevisions = (events: { streamId: string; revision: bigint }[]) =>
  events.map((e) => `${e.streamId}@${e.revision}`);

describe('KurrentDbEventStore reading with a stand-in client', () => {
  it('reads only user events from the global log', async () => {
    expect(streamsAndRevisions(await store.readAll())).toEqual([
      'agreement-a@0',
      'agreement-a@1',
      'agreement-b@0',
      'agreement-a@2',
    ]);
  });

  it('fills a page past system streams the server filter lets through, from an inclusive position', async () => {
    const page = await store.readAll({ fromPosition: 30n, maxCount: 2 });
    expect(streamsAndRevisions(page)).toEqual(['agreement-a@1', 'agreement-b@0']);
    expect(page.map((e) => e.position)).toEqual([30n, 60n]);
  });

  it('answers a short page only at the end of the log', async () => {
    expect(streamsAndRevisions(await store.readAll({ fromPosition: 61n, maxCount: 5 }))).toEqual(['agreement-a@2']);
    expect(await store.readAll({ fromPosition: 71n, maxCount: 5 })).toEqual([]);
  });

  it('reads a missing stream as empty', async () => {
    expect(await store.readStream('agreement-z')).toEqual([]);
  });
});
