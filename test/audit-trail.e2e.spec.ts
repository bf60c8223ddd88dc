import { INestApplication } from '@nestjs/common';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { createTestSchema } from '../libs/event-store/src/postgres/postgres-test-database';
import { expectTampered, startLedger } from './ledger-app';
import { as } from './tokens';

type Tamper = (streamId: string, revision: number) => Promise<void>;

describe.each(['sqlite', 'postgres'])('the audit trail over HTTP, on %s (CTI-LA-4)', (kind) => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let tamper: Tamper;
  let cleanUp: () => Promise<void>;

  beforeAll(async () => {
    if (kind === 'sqlite') {
      // A file, not :memory:, so that the test can open the database behind the app's back.
      const dir = mkdtempSync(join(tmpdir(), 'ml-audit-'));
      const path = join(dir, 'ledger.db');
      app = await startLedger({ EVENT_STORE: 'sqlite', SQLITE_PATH: path });
      tamper = async (streamId, revision) => {
        const db = new Database(path);
        db.prepare(`UPDATE events SET data = json_set(data, '$.comment', 'all fine') WHERE stream_id = ? AND revision = ?`).run(streamId, revision);
        db.close();
      };
      cleanUp = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const schema = await createTestSchema();
      app = await startLedger({ EVENT_STORE: 'postgres', DATABASE_URL: schema.connectionString });
      tamper = async (streamId, revision) => {
        const client = new Client({ connectionString: schema.connectionString });
        await client.connect();
        await client.query(`UPDATE ml_events SET data = jsonb_set(data, '{comment}', '"all fine"') WHERE stream_id = $1 AND revision = $2`, [
          streamId,
          revision,
        ]);
        await client.end();
      };
      cleanUp = schema.drop;
    }
    http = request(app.getHttpServer());
  });
  afterAll(async () => {
    await app.close();
    await cleanUp();
  });

  /** Drafted, rejected by the receiving institution, signed by all three: version 1. */
  async function approvedAgreement(): Promise<string> {
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const id: string = drafted.body.mobilityId;
    const hash: string = drafted.body.draft.contentHash;
    const sign = (party: 'student' | 'sending' | 'receiving') =>
      http.post(`/api/agreements/${id}/signatures`).set('Authorization', as[party]).send({ contentHash: hash }).expect(201);
    await sign('student');
    await sign('sending');
    await http.post(`/api/agreements/${id}/rejections`).set('Authorization', as.receiving).send({ comment: 'KR502B is not taught in spring' }).expect(201);
    for (const party of ['student', 'sending', 'receiving'] as const) await sign(party);
    return id;
  }

  it('tells the timeline in plain words to the parties and auditors, as JSON and CSV', async () => {
    const id = await approvedAgreement();
    const timeline = await http.get(`/api/agreements/${id}/audit`).set('Authorization', as.student).expect(200);
    expect(timeline.body.entries.map((e: { sentence: string }) => e.sentence)).toEqual([
      'The student drafted the learning agreement',
      'The student signed the draft',
      'Sending institution (insa-lyon.fr) signed the draft',
      'Receiving institution (uw.edu.pl) rejected the draft: KR502B is not taught in spring; 2 signatures of the round voided (CTI-LA-4)',
      'The student signed the draft',
      'Sending institution (insa-lyon.fr) signed the draft',
      'Receiving institution (uw.edu.pl) signed the draft',
      'Version 1 in force: the draft signed by the student, the sending and the receiving institutions',
    ]);
    expect(timeline.body.entries[6]).toMatchObject({
      revision: 6,
      type: 'AgreementSigned',
      actor: { id: 'staff-pawel', name: 'Paweł Kowalski', role: 'receiving', institution: 'uw.edu.pl' },
      version: null,
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // The student by name as the agreement gives it, never only by account id.
    expect(timeline.body.entries[0].actor).toEqual({ id: 'acc-ivan', name: expect.stringMatching(/Sidorov/), role: 'student', institution: null });

    const csv = await http.get(`/api/agreements/${id}/audit?format=csv`).set('Authorization', as.auditor).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe('revision,recorded_at,event,actor_id,actor_name,actor_role,actor_institution,version,proposal_number,content_hash,hash,sentence');
    expect(csv.text.split('\r\n')).toHaveLength(10);
    const byAccept = await http.get(`/api/agreements/${id}/audit`).set('Authorization', as.receiving).set('Accept', 'text/csv').expect(200);
    expect(byAccept.text).toBe(csv.text);
  });

  it('tells in French, and never names as a version an amendment that was rejected (CTI-LA-3)', async () => {
    const id = await approvedAgreement();
    const hash = (await http.post(`/api/agreements/${id}/amendments`).set('Authorization', as.student).send({
      changes: [{ op: 'delete', table: 'studiedAbroad', code: 'KR502B', reason: 'not-available' }],
    }).expect(201)).body.proposal.contentHash;
    for (const party of ['student', 'sending'] as const) {
      await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as[party]).send({ contentHash: hash }).expect(201);
    }
    await http.post(`/api/agreements/${id}/rejections`).set('Authorization', as.receiving).send({ comment: 'KR502B stays' }).expect(201);
    const french = await http.get(`/api/agreements/${id}/audit?lang=fr`).set('Authorization', as.auditor).expect(200);
    expect(french.body.entries.slice(-4).map((e: { sentence: string }) => e.sentence)).toEqual([
      "L'étudiant a proposé l'avenant 1 à la version 1",
      "L'étudiant a signé l'avenant 1",
      "L'établissement d'origine (insa-lyon.fr) a signé l'avenant 1",
      "L'établissement d'accueil (uw.edu.pl) a refusé l'avenant 1 : KR502B stays ; la version en vigueur demeure (CTI-LA-3)",
    ]);
    const english = await http.get(`/api/agreements/${id}/audit`).set('Authorization', as.auditor).expect(200);
    expect(JSON.stringify(english.body.entries.map((e: { sentence: string }) => e.sentence))).not.toMatch(/version 2/);
    expect(english.body.entries.every((e: { type: string; version: number | null }) => e.version === null || e.type.endsWith('Approved'))).toBe(true);
    await http.get(`/api/agreements/${id}/audit?lang=de`).set('Authorization', as.auditor).expect(400);
    // The reader's Accept-Language, as every other route follows it; ?lang= still wins.
    const byHeader = await http.get(`/api/agreements/${id}/audit`).set('Authorization', as.auditor).set('Accept-Language', 'fr-FR,fr;q=0.9').expect(200);
    expect(byHeader.body.entries).toEqual(french.body.entries);
    const asked = await http.get(`/api/agreements/${id}/audit?lang=en`).set('Authorization', as.auditor).set('Accept-Language', 'fr').expect(200);
    expect(asked.body.entries).toEqual(english.body.entries);
  });

  it('hides the trail from anyone outside the agreement (404)', async () => {
    const id = await approvedAgreement();
    await http.get(`/api/agreements/${id}/audit`).set('Authorization', as.otherStudent).expect(404);
    await http.get(`/api/agreements/${id}/audit/verify`).set('Authorization', as.otherSchool).expect(404);
    await http.get(`/api/agreements/${id}/audit?format=xml`).set('Authorization', as.student).expect(400);
  });

  it('reports the chain intact, then the first event edited directly in the database', async () => {
    const id = await approvedAgreement();
    const intact = await http.get(`/api/agreements/${id}/audit/verify`).set('Authorization', as.auditor).expect(200);
    expect(intact.body).toMatchObject({ streamId: `agreement-${id}`, status: 'intact', events: 8 });

    await tamper(`agreement-${id}`, 3);
    expectTampered(app, `agreement-${id}`);
    const broken = await http.get(`/api/agreements/${id}/audit/verify`).set('Authorization', as.auditor).expect(200);
    expect(broken.body).toEqual({
      streamId: `agreement-${id}`,
      status: 'broken',
      events: 8,
      brokenAt: { revision: '3', eventId: expect.any(String), type: 'AgreementRejected', reason: 'CTI-LA-4: the event was altered after it was recorded' },
    });
  });
});
