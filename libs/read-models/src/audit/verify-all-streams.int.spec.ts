import Database from 'better-sqlite3';
import { Client } from 'pg';
import { approvalCommands } from '@app/domain/testing';
import { StoreKind, StoresUnderTest, agreementEventsToAppend, storesUnderTest } from '../testing';
import { BrokenChainError, assertAllChainsIntact, auditExitCode, auditSummaryLines, verifyAllStreams } from './verify-all-streams';

const GOOD = '7e57c0de-0000-4000-8000-000000000001';
const TAMPERED = '7e57c0de-0000-4000-8000-000000000002';

/** Edits a stored event behind the store's back, as someone with database access could. */
async function tamper(kind: StoreKind, location: string, streamId: string, revision: number): Promise<void> {
  if (kind === 'sqlite') {
    const db = new Database(location);
    db.prepare(`UPDATE events SET data = json_set(data, '$.signature.signer.id', 'forger') WHERE stream_id = ? AND revision = ?`).run(streamId, revision);
    db.close();
    return;
  }
  const client = new Client({ connectionString: location });
  await client.connect();
  await client.query(`UPDATE ml_events SET data = jsonb_set(data, '{signature,signer,id}', '"forger"') WHERE stream_id = $1 AND revision = $2`, [
    streamId,
    revision,
  ]);
  await client.end();
}

describe.each<StoreKind>(['sqlite', 'postgres'])('npm run audit:verify on %s (CTI-LA-4)', (kind) => {
  let stores: StoresUnderTest;
  beforeEach(async () => {
    stores = await storesUnderTest(kind);
    for (const id of [GOOD, TAMPERED]) {
      await stores.events.appendToStream(`agreement-${id}`, agreementEventsToAppend(approvalCommands(), id), { expectedRevision: 'no_stream' });
    }
    await stores.events.appendToStream('school-insa-lyon.fr', [{ type: 'StudyRegulationSet', data: { minimumWeeks: 12 } }], {
      expectedRevision: 'no_stream',
    });
  });
  afterEach(() => stores.dispose());

  it('reports every chain intact and exits 0', async () => {
    const audit = await verifyAllStreams(stores.events);
    expect(audit).toEqual({ streams: 3, events: 11, intact: 2, unchained: 1, broken: [] });
    expect(auditSummaryLines(audit)).toEqual(['3 streams, 11 events: 2 intact, 0 broken, 1 without a hash chain']);
    expect(auditExitCode(audit)).toBe(0);
  });

  it('names the first altered event and exits non-zero', async () => {
    await tamper(kind, stores.location, `agreement-${TAMPERED}`, 2);
    const audit = await verifyAllStreams(stores.events);
    expect(audit.broken).toEqual([
      {
        streamId: `agreement-${TAMPERED}`,
        status: 'broken',
        events: 5,
        brokenAt: { revision: '2', eventId: expect.any(String), type: 'AgreementSigned', reason: 'CTI-LA-4: the event was altered after it was recorded' },
      },
    ]);
    expect(auditSummaryLines(audit)[1]).toBe(
      `BROKEN agreement-${TAMPERED} at revision 2 (AgreementSigned): CTI-LA-4: the event was altered after it was recorded`,
    );
    expect(auditExitCode(audit)).toBe(1);
  });

  it('the suites\' check at close: passes on intact chains, throws naming the stream, revision and reason on a tampered one', async () => {
    await expect(assertAllChainsIntact(stores.events)).resolves.toMatchObject({ intact: 2, broken: [] });
    await tamper(kind, stores.location, `agreement-${TAMPERED}`, 2);
    const failure = assertAllChainsIntact(stores.events);
    await expect(failure).rejects.toBeInstanceOf(BrokenChainError);
    await expect(failure).rejects.toThrow(
      `BROKEN agreement-${TAMPERED} at revision 2 (AgreementSigned): CTI-LA-4: the event was altered after it was recorded`,
    );
    // A stream a test tampers with on purpose is named: it must read as broken, and the others still count.
    await expect(assertAllChainsIntact(stores.events, { tampered: [`agreement-${TAMPERED}`] })).resolves.toMatchObject({ intact: 1 });
    await expect(assertAllChainsIntact(stores.events, { tampered: [`agreement-${GOOD}`, `agreement-${TAMPERED}`] })).rejects.toThrow(
      `agreement-${GOOD} should have been tampered with, but verify as intact`,
    );
  });
});
