import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordedEvent, UnknownPositionError } from '@app/event-store';
import { ewpRuleBroken } from '../../ewp.rules';
import { PartnerRefused } from './ewp-client';
import { EwpDelivery, eventsAfter } from './ewp-delivery';
import { EwpOutbox } from './ewp-outbox';

/** A log as PostgreSQL keeps it: positions with gaps, in commit order, and an unknown position refused. */
const logOf = (positions: bigint[]) => {
  const events = positions.map(
    (position, i): RecordedEvent => ({ id: `e-${i}`, type: 'Noted', schemaVersion: 1, streamId: 'other-1', revision: BigInt(i), position, data: {}, metadata: {} as RecordedEvent['metadata'], recordedAt: new Date(0) }),
  );
  return {
    readAll: async ({ fromPosition, maxCount }: { fromPosition?: bigint; maxCount?: number } = {}) => {
      const from = fromPosition === undefined ? 0 : events.findIndex((event) => event.position === fromPosition);
      if (from < 0) throw new UnknownPositionError(fromPosition!);
      return events.slice(from, from + (maxCount ?? events.length));
    },
  };
};

describe('the EWP reaction reads the log after its checkpoint', () => {
  it('resumes after the last position seen, across gaps and out-of-order positions, never at checkpoint + 1', async () => {
    const log = logOf([3n, 7n, 5n, 12n]);
    expect((await eventsAfter(log, null, 2)).map((event) => event.position)).toEqual([3n, 7n]);
    expect((await eventsAfter(log, 7n, 2)).map((event) => event.position)).toEqual([5n, 12n]);
    expect((await eventsAfter(log, 3n, 10)).map((event) => event.position)).toEqual([7n, 5n, 12n]);
    expect(await eventsAfter(log, 12n, 10)).toEqual([]);
  });
});

describe('the EWP reaction does the work owed', () => {
  const deliveryWith = (failure: Error) => {
    const identity = { enabled: true, now: () => new Date('2026-12-05T10:00:00Z'), catalogue: async () => ({ hosts: [], keys: new Map() }) };
    const client = { call: async () => Promise.reject(failure) };
    const delivery = new EwpDelivery(logOf([]) as never, identity as never, client as never, {} as never);
    const outbox = new EwpOutbox(mkdtempSync(join(tmpdir(), 'ewp-delivery-')));
    Object.assign(delivery, { outbox });
    delivery.owe([{ partnerHeiId: 'uw.edu.pl', sendingHeiId: 'uw.edu.pl', omobilityId: 'm-1' }]);
    return { outbox, pass: () => (delivery as unknown as { pass(): Promise<void> }).pass() };
  };

  it('drops work at once on a permanent refusal (a partner the Registry catalogue does not list)', async () => {
    const { outbox, pass } = deliveryWith(ewpRuleBroken('EWP-REGISTRY', 'no host in the Registry catalogue covers uw.edu.pl'));
    await pass();
    expect(outbox.jobs).toEqual([]);
  });

  it('retries a partner not answering, keeping a short reason and never the partner’s document', async () => {
    const { outbox, pass } = deliveryWith(new PartnerRefused(500));
    await pass();
    expect(outbox.jobs).toEqual([expect.objectContaining({ attempts: 1, lastError: 'the partner answered 500' })]);
  });
});
