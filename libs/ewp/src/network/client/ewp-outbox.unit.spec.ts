import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EwpOutbox, MAX_ATTEMPTS, backoffMs } from './ewp-outbox';

const t0 = new Date('2026-12-05T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const notify = { kind: 'notify' as const, partnerHeiId: 'ec-lyon.fr', sendingHeiId: 'insa-lyon.fr', omobilityId: 'm-1' };

describe('the EWP outbox (durable work owed to partners)', () => {
  it('keeps work and checkpoint across a restart, and queues the same work once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ewp-outbox-'));
    const outbox = new EwpOutbox(dir);
    outbox.record([notify, notify], t0, 42n);
    outbox.record([notify], t0);
    const reopened = new EwpOutbox(dir);
    expect(reopened.jobs).toHaveLength(1);
    expect(reopened.checkpoint).toBe(42n);
  });

  it("starts before the first event, and reads an outbox written with '0' for that as the start", () => {
    expect(new EwpOutbox(mkdtempSync(join(tmpdir(), 'ewp-outbox-'))).checkpoint).toBeNull();
    const dir = mkdtempSync(join(tmpdir(), 'ewp-outbox-'));
    writeFileSync(join(dir, 'outbox.json'), JSON.stringify({ checkpoint: '0', jobs: [] }));
    const legacy = new EwpOutbox(dir);
    expect(legacy.checkpoint).toBeNull();
    legacy.record([], t0, 17n);
    expect(new EwpOutbox(dir).checkpoint).toBe(17n);
  });

  it('retries with a doubling backoff, capped at ten minutes', () => {
    const outbox = new EwpOutbox(mkdtempSync(join(tmpdir(), 'ewp-outbox-')));
    outbox.record([notify], t0);
    const [job] = outbox.due(t0);
    outbox.failed(job, 'down', t0);
    expect(outbox.due(at(999))).toEqual([]);
    expect(outbox.due(at(1000))).toHaveLength(1);
    outbox.failed(outbox.due(at(1000))[0], 'down', at(1000));
    expect(outbox.due(at(2999))).toEqual([]);
    expect(backoffMs(30)).toBe(10 * 60 * 1000);
  });

  it('gives work up after MAX_ATTEMPTS failures, keeping only a short reason meanwhile', () => {
    const outbox = new EwpOutbox(mkdtempSync(join(tmpdir(), 'ewp-outbox-')));
    outbox.record([notify], t0);
    let now = t0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      const [job] = outbox.due(now);
      expect(outbox.failed(job, 'the partner answered 500', now)).toBe('retried');
      now = at(now.getTime() - t0.getTime() + backoffMs(attempt));
    }
    expect(outbox.jobs[0]).toMatchObject({ attempts: MAX_ATTEMPTS - 1, lastError: 'the partner answered 500' });
    expect(outbox.failed(outbox.due(now)[0], 'the partner answered 500', now)).toBe('given up');
    expect(outbox.jobs).toEqual([]);
  });

  it('does not clear work asked again while its delivery was under way', () => {
    const outbox = new EwpOutbox(mkdtempSync(join(tmpdir(), 'ewp-outbox-')));
    outbox.record([notify], t0);
    const [delivering] = outbox.due(t0);
    outbox.record([notify], at(10));
    outbox.done(delivering, at(20));
    expect(outbox.due(at(20))).toHaveLength(1);
    outbox.done(outbox.due(at(20))[0], at(30));
    expect(outbox.jobs).toEqual([]);
  });
});
