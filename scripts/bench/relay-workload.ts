import { randomUUID } from 'node:crypto';
import { Actor, agreementStreamId, contentHash } from '@app/domain';
import { aContent, command, draftCommand, receivingStaff, sendingStaff } from '@app/domain/testing';
import type { EventStore, EventToAppend } from '@app/event-store';
import { agreementEventsToAppend } from '@app/read-models/testing';

/** One append as the agreements module makes it: one command's event, at the revision it expects. */
export interface PlannedAppend {
  streamId: string;
  revision: bigint;
  event: EventToAppend;
}

/** Key of an event in both paths: what a consumer dedupes by. */
export const eventKey = (streamId: string, revision: bigint | string) => `${streamId}@${revision}`;

/**
 * `count` agreements of one student each (its own account, so no read-model row is shared),
 * drafted, signed by the three parties and approved: five events of ~1.1 kB, hash-chained.
 */
export function plannedAgreements(count: number): PlannedAppend[][] {
  return Array.from({ length: count }, (_, n) => {
    const mobilityId = randomUUID();
    const student: Actor = { id: `acc-bench-${n}`, role: 'student', name: `Student ${n}`, email: `s${n}@example.com` };
    const content = aContent({ student: { ...aContent().student, accountId: student.id, globalId: `urn:schac:personalUniqueCode:int:esi:insa-lyon.fr:${n}` } });
    const hash = contentHash(content);
    const commands = [draftCommand(content, student), ...[student, sendingStaff, receivingStaff].map((by) => command('SignAgreement', by, { contentHash: hash }))];
    const streamId = agreementStreamId(mobilityId);
    return agreementEventsToAppend(commands, mobilityId).map((event, revision) => ({ streamId, revision: BigInt(revision), event }));
  });
}

const appendOne = (store: EventStore, { streamId, revision, event }: PlannedAppend) =>
  store.appendToStream(streamId, [event], { expectedRevision: revision === 0n ? 'no_stream' : revision - 1n });

/**
 * As fast as it goes: `writers` concurrent loops, each appending its agreements one command
 * after the other. `onAppend` is told the client's clock just before each append.
 */
export async function appendFlatOut(
  store: EventStore,
  agreements: PlannedAppend[][],
  writers: number,
  onAppend: (append: PlannedAppend, at: number) => void,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < agreements.length) {
        for (const append of agreements[next++]) {
          onAppend(append, performance.now());
          await appendOne(store, append);
        }
      }
    }),
  );
}

/**
 * At a fixed rate: append i is issued at start + i / rate, whatever the previous ones took.
 * Consecutive appends go to `spread` different agreements, so an append never waits for the
 * previous revision of its stream (it would, on the stream's promise chain, if the store fell behind).
 */
export async function appendAtRate(
  store: EventStore,
  agreements: PlannedAppend[][],
  perSecond: number,
  onAppend: (append: PlannedAppend, at: number) => void,
  spread = 10,
): Promise<{ lateMs: number }> {
  const order: PlannedAppend[] = [];
  for (let group = 0; group < agreements.length; group += spread) {
    const members = agreements.slice(group, group + spread);
    for (let revision = 0; revision < 5; revision += 1) members.forEach((agreement) => agreement[revision] && order.push(agreement[revision]));
  }
  const chains = new Map<string, Promise<unknown>>();
  const start = performance.now();
  let lateMs = 0;
  for (let i = 0; i < order.length; i += 1) {
    const due = start + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    else lateMs = Math.max(lateMs, -wait);
    const append = order[i];
    const previous = chains.get(append.streamId) ?? Promise.resolve();
    chains.set(
      append.streamId,
      previous.then(() => {
        onAppend(append, performance.now());
        return appendOne(store, append);
      }),
    );
  }
  await Promise.all(chains.values());
  return { lateMs };
}

export interface Percentiles {
  count: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

export function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    count: sorted.length,
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    mean: round(sorted.reduce((sum, v) => sum + v, 0) / Math.max(1, sorted.length)),
  };
}
