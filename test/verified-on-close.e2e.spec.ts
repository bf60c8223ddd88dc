import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { expectTampered, startLedger } from './ledger-app';
import { as } from './tokens';

/** The check every end-to-end and browser suite runs when it closes its app. */
describe('startLedger: closing the app verifies every hash chain of its store (CTI-LA-4)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ml-close-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function ledgerWithAgreement() {
    const path = join(dir, 'ledger.db');
    const app = await startLedger({ EVENT_STORE: 'sqlite', SQLITE_PATH: path });
    const { body } = await request(app.getHttpServer()).post('/api/agreements').set('Authorization', as.student).set('Idempotency-Key', 'close-check-1').send({ content: aContent() }).expect(201);
    const streamId = `agreement-${body.mobilityId}`;
    const tamper = () => {
      const db = new Database(path);
      db.prepare(`UPDATE events SET data = json_set(data, '$.content.plannedEnd', '2027-06-30') WHERE stream_id = ? AND revision = 0`).run(streamId);
      db.close();
    };
    return { app, streamId, tamper };
  }

  it('closes quietly when every chain holds', async () => {
    const { app } = await ledgerWithAgreement();
    await expect(app.close()).resolves.toBeUndefined();
  });

  it('fails the close naming the stream, the revision and the reason when an event was edited in the database', async () => {
    const { app, streamId, tamper } = await ledgerWithAgreement();
    tamper();
    await expect(app.close()).rejects.toThrow(`BROKEN ${streamId} at revision 0 (AgreementDrafted): CTI-LA-4: the event was altered after it was recorded`);
  });

  it('lets a test tamper on purpose, provided it says which stream, and the stream is indeed broken', async () => {
    const tampered = await ledgerWithAgreement();
    tampered.tamper();
    expectTampered(tampered.app, tampered.streamId);
    await expect(tampered.app.close()).resolves.toBeUndefined();
  });

  it('fails the close when a stream said to be tampered with verifies after all', async () => {
    const { app, streamId } = await ledgerWithAgreement();
    expectTampered(app, streamId);
    await expect(app.close()).rejects.toThrow(`${streamId} should have been tampered with, but verify as intact`);
  });
});
