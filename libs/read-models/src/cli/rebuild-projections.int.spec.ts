import { approvalCommands } from '@app/domain/testing';
import { AUDIT_TIMELINE, auditTimelineProjection } from '../audit';
import { StoresUnderTest, agreementEventsToAppend, storesUnderTest } from '../testing';
import { rebuildProjections } from './rebuild-projections';

describe('npm run projections:rebuild', () => {
  let stores: StoresUnderTest;
  beforeEach(async () => {
    stores = await storesUnderTest('sqlite');
    await stores.events.appendToStream('agreement-m1', agreementEventsToAppend(approvalCommands(), 'm1'), { expectedRevision: 'no_stream' });
  });
  afterEach(() => stores.dispose());

  it('replays the log into the named projection and reports progress against the log size', async () => {
    const progress: Array<[string, number, number]> = [];
    const report = (label: string, total: number) => ({
      advance: (n: number) => progress.push([label, total, n]),
      finish: () => progress.push([label, total, -1]),
    });
    const rebuilt = await rebuildProjections({ events: stores.events, store: stores.projections, projections: [auditTimelineProjection], name: AUDIT_TIMELINE, report });
    expect(rebuilt).toEqual([AUDIT_TIMELINE]);
    expect(progress).toEqual([
      [AUDIT_TIMELINE, 5, 5],
      [AUDIT_TIMELINE, 5, -1],
    ]);
    expect(await stores.projections.select(auditTimelineProjection, AUDIT_TIMELINE)).toHaveLength(5);
  });

  it('refuses a name it does not know', async () => {
    await expect(
      rebuildProjections({ events: stores.events, store: stores.projections, projections: [auditTimelineProjection], name: 'nope', report: () => ({ advance() {}, finish() {} }) }),
    ).rejects.toThrow(/no projection nope; known: audit_timeline/);
  });
});
