import { approvalCommands, proposeCommand, receivingStaff, rejectAmendmentCommand, sendingStaff, signAmendmentCommand, student } from '@app/domain/testing';
import { AUDIT_TIMELINE, auditTimelineProjection } from '../audit';
import { projectInMemory } from '../projection';
import { StoreKind, StoresUnderTest, agreementEventsToAppend, eventually, storesUnderTest } from '../testing';
import { ProjectionRunner } from './projection-runner';

const MOBILITIES = ['0b1e6c1e-0000-4000-8000-000000000001', '0b1e6c1e-0000-4000-8000-000000000002', '0b1e6c1e-0000-4000-8000-000000000003'];
const story = [
  ...approvalCommands(),
  proposeCommand(),
  ...[student, sendingStaff, receivingStaff].map((by) => signAmendmentCommand(by)),
  proposeCommand(student, [{ op: 'delete', table: 'studiedAbroad', code: 'KR630', reason: 'not-available' }]),
  rejectAmendmentCommand(sendingStaff, 'KR630 is the thesis course'),
];

describe.each<StoreKind>(['sqlite', 'postgres'])('projections on %s, in the events database', (kind) => {
  let stores: StoresUnderTest;
  beforeEach(async () => (stores = await storesUnderTest(kind)));
  afterEach(() => stores.dispose());

  /** The three agreements' events, appended one at a time and interleaved across streams. */
  async function appendStories(mobilities = MOBILITIES): Promise<bigint> {
    const perStream = mobilities.map((id) => agreementEventsToAppend(story, id));
    let last = 0n;
    for (let n = 0; n < perStream[0].length; n += 1) {
      for (const [index, id] of mobilities.entries()) {
        const result = await stores.events.appendToStream(`agreement-${id}`, [perStream[index][n]], { expectedRevision: n === 0 ? 'no_stream' : BigInt(n - 1) });
        last = result.position;
      }
    }
    return last;
  }
  const rows = () => stores.projections.select(auditTimelineProjection, AUDIT_TIMELINE);
  const caughtUpTo = (position: bigint) => async () => (await stores.projections.checkpointOf(AUDIT_TIMELINE)) === position;

  it('rebuilds from zero to exactly the rows of live processing', async () => {
    const runner = new ProjectionRunner(stores.events, stores.projections, [auditTimelineProjection]);
    await runner.start();
    const last = await appendStories();
    await eventually(caughtUpTo(last));
    const live = await rows();
    expect(live).toHaveLength(MOBILITIES.length * agreementEventsToAppend(story).length);

    await runner.rebuild(AUDIT_TIMELINE);
    expect(await rows()).toEqual(live);
    expect(await stores.projections.checkpointOf(AUDIT_TIMELINE)).toBe(last);
    await runner.stop();
    // And the same rows as the pure projection over the log.
    const inMemory = projectInMemory(auditTimelineProjection, await stores.events.readAll())[AUDIT_TIMELINE];
    expect([...live].sort(byKey)).toEqual([...inMemory].sort(byKey));
  });

  it('changes nothing when a batch is delivered again, whole or in part', async () => {
    const runner = new ProjectionRunner(stores.events, stores.projections, [auditTimelineProjection]);
    await stores.projections.prepare(auditTimelineProjection);
    const last = await appendStories();
    await runner.catchUp();
    const before = await rows();
    const log = await stores.events.readAll();

    const again = await stores.projections.applyBatch(auditTimelineProjection, { after: 'start', events: log });
    const tail = await stores.projections.applyBatch(auditTimelineProjection, { after: log[4].position, events: log.slice(5) });
    expect([again, tail]).toEqual([
      { applied: 0, checkpoint: last, stale: false },
      { applied: 0, checkpoint: last, stale: false },
    ]);
    expect(await rows()).toEqual(before);
  });

  it('applies each event once when two runners follow the same log (two processes)', async () => {
    const runners = [1, 2].map(() => new ProjectionRunner(stores.events, stores.projections, [auditTimelineProjection]));
    await Promise.all(runners.map((runner) => runner.start()));
    const last = await appendStories();
    await eventually(caughtUpTo(last));
    await Promise.all(runners.map((runner) => runner.catchUp()));
    await Promise.all(runners.map((runner) => runner.stop()));
    const inMemory = projectInMemory(auditTimelineProjection, await stores.events.readAll())[AUDIT_TIMELINE];
    expect([...(await rows())].sort(byKey)).toEqual([...inMemory].sort(byKey));
  });

  it('drops and rebuilds the tables when the projection version changes', async () => {
    const runner = new ProjectionRunner(stores.events, stores.projections, [auditTimelineProjection]);
    await stores.projections.prepare(auditTimelineProjection);
    await appendStories(MOBILITIES.slice(0, 1));
    await runner.catchUp();
    const before = await rows();
    const next = { ...auditTimelineProjection, version: auditTimelineProjection.version + 1 };
    await stores.projections.prepare(next);
    expect(await stores.projections.checkpointOf(AUDIT_TIMELINE)).toBeNull();
    expect(await stores.projections.select(next, AUDIT_TIMELINE)).toEqual([]);
    await new ProjectionRunner(stores.events, stores.projections, [next]).catchUp();
    expect(await stores.projections.select(next, AUDIT_TIMELINE)).toEqual(before);
  });
});

const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  `${a.mobility_id}/${String(a.revision).padStart(6, '0')}`.localeCompare(`${b.mobility_id}/${String(b.revision).padStart(6, '0')}`);
