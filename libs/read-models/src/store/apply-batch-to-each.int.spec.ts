import { approvalCommands } from '@app/domain/testing';
import { AUDIT_TIMELINE, auditTimelineProjection } from '../audit';
import { projectInMemory } from '../projection';
import { AGREEMENT_FACTS, agreementFactsProjection } from '../reports';
import { StoreKind, StoresUnderTest, agreementEventsToAppend, storesUnderTest } from '../testing';

const MOBILITIES = ['ba7c0000-0000-4000-8000-000000000001', 'ba7c0000-0000-4000-8000-000000000002'];

describe.each<StoreKind>(['sqlite', 'postgres'])('one batch applied to several projections on %s', (kind) => {
  let stores: StoresUnderTest;
  beforeEach(async () => {
    stores = await storesUnderTest(kind);
    for (const id of MOBILITIES) {
      await stores.events.appendToStream(`agreement-${id}`, agreementEventsToAppend(approvalCommands(), id), { expectedRevision: 'no_stream' });
    }
    await stores.projections.prepare(auditTimelineProjection);
    await stores.projections.prepare(agreementFactsProjection);
  });
  afterEach(() => stores.dispose());

  it('checks each projection against its own checkpoint, in one transaction', async () => {
    const log = await stores.events.readAll();
    await stores.projections.applyBatch(auditTimelineProjection, { after: 'start', events: log.slice(0, 4) });
    const outcomes = await stores.projections.applyBatchToEach([auditTimelineProjection, agreementFactsProjection], { after: log[3].position, events: log.slice(4) });
    expect(outcomes).toEqual([
      { applied: log.length - 4, checkpoint: log[log.length - 1].position, stale: false },
      // Not read from its checkpoint (the start): skipped, to be read again from there.
      { applied: 0, checkpoint: null, stale: true },
    ]);
    const again = await stores.projections.applyBatchToEach([auditTimelineProjection, agreementFactsProjection], { after: 'start', events: log });
    expect(again.map((outcome) => outcome.applied)).toEqual([0, log.length]);
    expect(await stores.projections.select(auditTimelineProjection, AUDIT_TIMELINE)).toEqual(projectInMemory(auditTimelineProjection, log)[AUDIT_TIMELINE]);
  });

  it('folds several events of one document within the batch as one by one', async () => {
    const log = await stores.events.readAll();
    const [outcome] = await stores.projections.applyBatchToEach([agreementFactsProjection], { after: 'start', events: [...log, ...log.slice(2)] });
    expect(outcome.checkpoint).toBe(log[log.length - 1].position);
    expect(await stores.projections.select(agreementFactsProjection, AGREEMENT_FACTS)).toEqual(projectInMemory(agreementFactsProjection, log)[AGREEMENT_FACTS]);
  });

  it('records and applies each delivered event of a fetch once, also when it comes again in the fetch or later', async () => {
    const log = await stores.events.readAll();
    expect(await stores.projections.applyDeliveredBatch('feed', [auditTimelineProjection, agreementFactsProjection], log.slice(0, 3))).toBe(3);
    const fetched = [...log.slice(2), log[4], log[0]];
    expect(await stores.projections.applyDeliveredBatch('feed', [auditTimelineProjection, agreementFactsProjection], fetched)).toBe(log.length - 3);
    expect(await stores.projections.applyDeliveredBatch('feed', [auditTimelineProjection, agreementFactsProjection], log)).toBe(0);
    expect(await stores.projections.select(auditTimelineProjection, AUDIT_TIMELINE)).toEqual(projectInMemory(auditTimelineProjection, log)[AUDIT_TIMELINE]);
    expect(await stores.projections.select(agreementFactsProjection, AGREEMENT_FACTS)).toEqual(projectInMemory(agreementFactsProjection, log)[AGREEMENT_FACTS]);
    // A feed's deliveries leave the checkpoint alone.
    expect(await stores.projections.checkpointOf(AUDIT_TIMELINE)).toBeNull();
  });
});
