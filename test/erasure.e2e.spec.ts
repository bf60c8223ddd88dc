import { INestApplication } from '@nestjs/common';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { EwpSchemaValidator } from '@app/ewp';
import { ProjectionFeed, ProjectionRunner } from '@app/read-models';
import { createTestSchema } from '../libs/event-store/src/postgres/postgres-test-database';
import { ENDPOINTS } from './support/api-endpoints';
import { startLedger } from './ledger-app';
import { as, bearer } from './tokens';

/** What the database holds, read behind the app's back. */
interface Raw {
  /** Every stored event's data, as text. */
  events(): Promise<string>;
  /** The agreement_facts documents, which copy the content as it reads. */
  documents(): Promise<string>;
  keysOf(subjectId: string): Promise<number>;
}

const admin = bearer({ sub: 'root', role: 'admin' });
// EWP needs the host's contact person to export.
const content = aContent({ receivingInstitution: { heiId: 'uw.edu.pl', contactPerson: { name: 'Paweł Kowalski', email: 'pawel@example.com' } } });
const { student } = content;
/** LA-STUDENT: an amendment proposing the student's new name, email and birth date, personal data as well. */
const renamed = { familyName: 'Karamazov', email: 'ivan.karamazov@example.com', birthDate: '2003-05-06' };
const PERSONAL = [student.familyName, student.givenNames, student.email, student.birthDate, 'ivan@example.com', 'Ivan Sidorov', ...Object.values(renamed)];

describe.each(['sqlite', 'postgres'])("erasing a student's personal data over HTTP, on %s", (kind) => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let raw: Raw;
  let cleanUp: () => Promise<void>;
  let mobilityId: string;

  beforeAll(async () => {
    if (kind === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'ml-erasure-'));
      const path = join(dir, 'ledger.db');
      app = await startLedger({ EVENT_STORE: 'sqlite', SQLITE_PATH: path });
      const query = <T>(work: (db: Database.Database) => T) => {
        const db = new Database(path, { readonly: true });
        try {
          return work(db);
        } finally {
          db.close();
        }
      };
      raw = {
        events: async () => query((db) => db.prepare('SELECT data FROM events').pluck().all().join('\n')),
        documents: async () => query((db) => db.prepare('SELECT document FROM agreement_facts').pluck().all().join('\n')),
        keysOf: async (subjectId) => query((db) => db.prepare('SELECT COUNT(*) FROM personal_data_keys WHERE subject_id = ?').pluck().get(subjectId) as number),
      };
      cleanUp = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const schema = await createTestSchema();
      app = await startLedger({ EVENT_STORE: 'postgres', DATABASE_URL: schema.connectionString });
      const query = async (sql: string, values: unknown[] = []) => {
        const client = new Client({ connectionString: schema.connectionString });
        await client.connect();
        try {
          return (await client.query(sql, values)).rows;
        } finally {
          await client.end();
        }
      };
      raw = {
        events: async () => (await query('SELECT data::text AS t FROM ml_events')).map((r) => r.t).join('\n'),
        documents: async () => (await query('SELECT document AS t FROM agreement_facts')).map((r) => r.t).join('\n'),
        keysOf: async (subjectId) => Number((await query('SELECT COUNT(*) AS n FROM personal_data_keys WHERE subject_id = $1', [subjectId]))[0].n),
      };
      cleanUp = schema.drop;
    }
    http = request(app.getHttpServer());

    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content }).expect(201);
    mobilityId = drafted.body.mobilityId;
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await http.post(`/api/agreements/${mobilityId}/signatures`).set('Authorization', as[party]).send({ contentHash: drafted.body.draft.contentHash }).expect(201);
    }
    const proposed = await http.post(`/api/agreements/${mobilityId}/amendments`).set('Authorization', as.student).send({ changes: [], student: renamed }).expect(201);
    for (const party of ['student', 'sending'] as const) {
      await http.post(`/api/agreements/${mobilityId}/signatures`).set('Authorization', as[party]).send({ contentHash: proposed.body.proposal.contentHash }).expect(201);
    }
    const profile = ENDPOINTS.find((e) => e.action === 'student.record-profile')!;
    const fixture = { mobilityId, contentHash: drafted.body.draft.contentHash, studentId: student.accountId, schoolId: 'insa-lyon.fr' };
    await http.put(profile.path(fixture)).set('Authorization', as.sending).send(profile.body!(fixture)).expect(200);
  });
  afterAll(async () => {
    await app.close();
    await cleanUp();
  });

  const agreement = () => http.get(`/api/agreements/${mobilityId}`).set('Authorization', as.student).expect(200);
  const erase = (token: string) => http.post(`/api/students/${student.accountId}/erasure`).set('Authorization', token);
  const cohort = () => http.get(`/api/reports/cohort?school=insa-lyon.fr&year=${aContent().receivingAcademicYear}`).set('Authorization', admin).expect(200);

  it('stores names, email and birth date sealed, and shows them to the agreement’s readers', async () => {
    const { body } = await agreement();
    expect(JSON.stringify(body)).toContain(student.familyName);
    expect(JSON.stringify(body)).toContain(student.email);
    expect(body.proposal.studentChanges).toEqual(renamed);
    const stored = await raw.events();
    expect(stored).toContain('$encrypted');
    for (const value of PERSONAL) expect(stored).not.toContain(value);
    expect(await raw.keysOf(student.accountId)).toBe(1);
  });

  it('lets only an admin erase: 403 for whoever may read the student, 404 for whoever may not', async () => {
    await erase(as.student).expect(403);
    await erase(as.sending).expect(403);
    await erase(as.otherStudent).expect(404);
    await erase(as.receiving).expect(404);
    expect(await raw.keysOf(student.accountId)).toBe(1);
  });

  it('deletes the key once and records it once; the agreement reads as erased, its chain still intact', async () => {
    const timelineBefore = (await http.get(`/api/agreements/${mobilityId}/audit`).set('Authorization', as.student).expect(200)).body.entries;
    const reportBefore = (await cohort()).body;

    const first = await erase(admin).expect(200);
    expect(first.body).toMatchObject({ studentId: student.accountId, erasedBy: 'root' });
    const eventsAfterFirst = (await http.get(`/api/agreements/${mobilityId}/events`).set('Authorization', admin).expect(200)).body.events.length;
    const again = await erase(admin).expect(200);
    expect(again.body).toEqual(first.body);
    expect(await raw.keysOf(student.accountId)).toBe(0);

    const { body } = await agreement();
    const text = JSON.stringify(body);
    for (const value of PERSONAL) expect(text).not.toContain(value);
    expect(text).toContain('[erased]');
    expect(text).toContain('"birthDate":null');
    expect(body.proposal.studentChanges).toEqual({ familyName: '[erased]', email: '[erased]', birthDate: null });

    const listed = (await http.get('/api/agreements').set('Authorization', admin).expect(200)).body;
    expect(JSON.stringify(listed)).toContain('"studentName":"[erased]"');
    const record = await http.get(`/api/students/${student.accountId}`).set('Authorization', admin).expect(200);
    expect(record.body.erased).toEqual({ at: first.body.erasedAt, by: 'root' });

    const timeline = (await http.get(`/api/agreements/${mobilityId}/audit`).set('Authorization', as.student).expect(200)).body.entries;
    // The trail is the same, but for the student's name beside their acts, which is gone.
    type Entry = { actor: { id: string; name: string | null } };
    const nameless = (entries: Entry[]) => entries.map((entry) => (entry.actor.id === student.accountId ? { ...entry, actor: { ...entry.actor, name: null } } : entry));
    expect(timelineBefore.some((entry: Entry) => entry.actor.id === student.accountId && entry.actor.name !== null)).toBe(true);
    expect(timeline).toEqual(nameless(timelineBefore));
    expect((await cohort()).body).toEqual(reportBefore);
    const verify = await http.get(`/api/agreements/${mobilityId}/audit/verify`).set('Authorization', as.student).expect(200);
    expect(verify.body).toMatchObject({ status: 'intact', events: eventsAfterFirst });
    const events = await http.get(`/api/agreements/${mobilityId}/events`).set('Authorization', admin).expect(200);
    expect(events.body.chain).toMatchObject({ verified: true });
  });

  it('leaves no plaintext in the store nor in the read models, also after a rebuild', async () => {
    await cohort();
    const blankedLive = await raw.documents();
    for (const value of PERSONAL) expect(blankedLive).not.toContain(value);
    const runner = app.get(ProjectionFeed) as ProjectionRunner;
    await runner.rebuild('agreement_facts');
    const stored = `${await raw.events()}\n${await raw.documents()}`;
    // The documents keep the fields as the events store them, sealed under the deleted key.
    expect(await raw.documents()).toContain('$encrypted');
    for (const value of PERSONAL) expect(stored).not.toContain(value);
    const { body } = await agreement();
    expect(body).toMatchObject({ mobilityId });
    expect(JSON.stringify((await cohort()).body)).not.toContain(student.familyName);
  });

  it('still exports the agreement to EWP, valid, without the erased birth date and email', async () => {
    const exported = await http.get(`/api/agreements/${mobilityId}/ewp`).set('Authorization', admin).expect(200);
    expect(await new EwpSchemaValidator().problems('omobility-las-get-response', exported.text)).toEqual([]);
    for (const value of PERSONAL) expect(exported.text).not.toContain(value);
    expect(exported.text).toMatch(/<student>\s*<family-name>\[erased\]<\/family-name>\s*<\/student>\s*<\/changes-proposal>/);
  });
});
