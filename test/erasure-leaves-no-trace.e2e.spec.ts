import { INestApplication } from '@nestjs/common';
import Database from 'better-sqlite3';
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { AgreementContent, ApprovedVersion, contentHash } from '@app/domain';
import { aContent } from '@app/domain/testing';
import { EVENT_STORE, EventStore, personalDataOf } from '@app/event-store';
import { TEST_DATABASE_URL, createTestSchema } from '../libs/event-store/src/postgres/postgres-test-database';
import { MailSender, ReactionRunner } from '@app/reactions';
import { ENDPOINTS } from './support/api-endpoints';
import { startLedger } from './ledger-app';
import { as, bearer } from './tokens';

/**
 * The student's data is unique to this run, so that what the probes
 * look for cannot come from another test writing to the same PostgreSQL cluster.
 */
const nonce = randomBytes(4).toString('hex');
const birthDate = () => `19${randomInt(86, 95)}-0${randomInt(1, 10)}-${randomInt(10, 29)}`;
const person = { givenNames: `Ivan ${nonce}`, familyName: `Sidorov-${nonce}`, email: `ivan.${nonce}@example.com`, birthDate: birthDate() };
/** LA-STUDENT: version 2 renames the student. */
const renamed = { familyName: `Karamazov-${nonce}`, email: `ivan.k.${nonce}@example.com`, birthDate: birthDate() };
/** The student as their token names them: they sign and record under it. */
const signer = { name: `Ivan Sidorov ${nonce}`, email: `signer.${nonce}@example.com` };
/** Not personal data of the student, in clear in the same documents: what shows the probes can see text at all. */
const control = `Contact ${nonce}`;
const PERSONAL = [...Object.values(person), ...Object.values(renamed), ...Object.values(signer)];

const content = aContent({
  student: { ...aContent().student, ...person },
  receivingInstitution: { heiId: 'uw.edu.pl', contactPerson: { name: control, email: 'contact@example.com' } },
});
const studentId = content.student.accountId;
const studentToken = bearer({ sub: studentId, role: 'student', ...signer });
const admin = bearer({ sub: 'root', role: 'admin' });

/** Every birth date of five years around the true one, as someone testing guesses would try them. */
const fiveYearsOfBirthDates = (around: string): string[] => {
  const year = Number(around.slice(0, 4));
  const dates: string[] = [];
  for (let day = new Date(`${year - 2}-01-01T00:00:00Z`); day < new Date(`${year + 3}-01-01T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    dates.push(day.toISOString().slice(0, 10));
  }
  return dates;
};

/** What a probe found of each needle in the bytes it read behind the ledger's back. */
const found = (haystack: Buffer, needles: ReadonlyArray<string | Buffer>): string[] =>
  needles.filter((needle) => haystack.includes(typeof needle === 'string' ? Buffer.from(needle, 'utf8') : needle)).map(String);

/** The bytes the database keeps, read below SQL: files on SQLite, raw pages (dead rows and free space included) on PostgreSQL. */
/** The files of a folder, not its sub-folders: the database's files beside the outbox. */
const filesIn = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(dir, entry.name)) : [];
const outboxBytes = (store: Disk): Buffer => Buffer.concat(filesIn(store.outbox).map((file) => readFileSync(file)));

interface Disk {
  start(): Promise<INestApplication>;
  /** The student's data key, read raw before the erasure: the probes must find it then, and never after. */
  dataKey(): Promise<Buffer>;
  /** DATA_DIR/outbox: the messages written as .eml files, as they would have been sent (no SMTP_URL). */
  outbox: string;
  /** Everything the ledger's database holds now, below SQL. */
  bytes(): Promise<Buffer>;
  /** What the database wrote meanwhile besides its data files (PostgreSQL's WAL); empty on SQLite, whose WAL `bytes` reads. */
  writtenMeanwhile(): Promise<Buffer>;
  cleanUp(): Promise<void>;
}

function sqliteDisk(): Disk {
  const dir = mkdtempSync(join(tmpdir(), 'ml-erasure-disk-'));
  const path = join(dir, 'ledger.db');
  return {
    start: () => startLedger({ EVENT_STORE: 'sqlite', SQLITE_PATH: path, DATA_DIR: dir, SMTP_URL: '' }),
    outbox: join(dir, 'outbox'),
    dataKey: async () => {
      const db = new Database(path, { readonly: true });
      try {
        return db.prepare('SELECT data_key FROM personal_data_keys WHERE subject_id = ?').pluck().get(studentId) as Buffer;
      } finally {
        db.close();
      }
    },
    // The database, its -wal and -shm, and whatever else the ledger wrote beside them.
    bytes: async () => Buffer.concat(filesIn(dir).map((file) => readFileSync(file))),
    writtenMeanwhile: async () => Buffer.alloc(0),
    cleanUp: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresDisk(): Disk {
  const dataDir = mkdtempSync(join(tmpdir(), 'ml-erasure-outbox-'));
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  let name: string;
  let startLsn: string;
  const query = async <T>(sql: string, values: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows as T[];
    } finally {
      await client.end();
    }
  };
  return {
    async start() {
      schema = await createTestSchema();
      name = /search_path=(\w+)/.exec(decodeURIComponent(schema.connectionString))![1];
      // get_raw_page reads a page as it is, dead row versions and free space included.
      await query('CREATE EXTENSION IF NOT EXISTS pageinspect WITH SCHEMA public').catch((error: { code?: string }) => {
        if (error.code !== '23505' && error.code !== '42710') throw error;
      });
      const app = await startLedger({ EVENT_STORE: 'postgres', DATABASE_URL: schema.connectionString, DATA_DIR: dataDir, SMTP_URL: '' });
      // Values uncompressed, so that the raw pages show any text a row holds: a compressed
      // document would hide its plaintext from the probe rather than from an attacker.
      const columns = await query<{ table_name: string; column_name: string }>(
        `SELECT table_name, column_name FROM information_schema.columns
          WHERE table_schema = $1 AND data_type IN ('text', 'jsonb', 'json', 'bytea', 'character varying')`,
        [name],
      );
      for (const { table_name, column_name } of columns) {
        await query(`ALTER TABLE ${name}."${table_name}" ALTER COLUMN "${column_name}" SET STORAGE EXTERNAL`);
      }
      startLsn = (await query<{ lsn: string }>('SELECT pg_current_wal_insert_lsn()::text AS lsn'))[0].lsn;
      return app;
    },
    dataKey: async () => (await query<{ data_key: Buffer }>(`SELECT data_key FROM ${name}.personal_data_keys WHERE subject_id = $1`, [studentId]))[0].data_key,
    async bytes() {
      // Every relation of the schema, their TOAST tables and the TOAST tables' indexes, page by page.
      const relations = await query<{ relation: string; blocks: number }>(
        `WITH own AS (SELECT oid, reltoastrelid FROM pg_class WHERE relnamespace = $1::regnamespace),
              relations AS (SELECT oid FROM own
                            UNION SELECT reltoastrelid FROM own WHERE reltoastrelid <> 0
                            UNION SELECT indexrelid FROM pg_index JOIN own ON indrelid = own.reltoastrelid)
         SELECT c.oid::regclass::text AS relation, (pg_relation_size(c.oid) / current_setting('block_size')::int)::int AS blocks
           FROM relations JOIN pg_class c USING (oid) WHERE c.relkind IN ('r', 'i', 't', 'm')`,
        [name],
      );
      const pages: Buffer[] = [];
      for (const { relation, blocks } of relations) {
        const rows = await query<{ page: Buffer }>('SELECT public.get_raw_page($1, b) AS page FROM generate_series(0, $2 - 1) AS b', [relation, blocks]);
        pages.push(...rows.map((row) => row.page));
      }
      return Buffer.concat(pages);
    },
    async writtenMeanwhile() {
      // The WAL segments written since the app started, read from the server's pg_wal (recycled ones are gone).
      const [{ size }] = await query<{ size: string }>(`SELECT setting AS size FROM pg_settings WHERE name = 'wal_segment_size'`);
      const [{ last }] = await query<{ last: string }>('SELECT pg_walfile_name(pg_current_wal_insert_lsn()) AS last');
      const segments: Buffer[] = [];
      for (let n = 0; ; n += 1) {
        const [{ file }] = await query<{ file: string }>('SELECT pg_walfile_name($1::pg_lsn + $2::numeric) AS file', [startLsn, n * Number(size)]);
        const [{ bytes }] = await query<{ bytes: Buffer | null }>(`SELECT pg_read_binary_file('pg_wal/' || $1, 0, $2, true) AS bytes`, [file, Number(size)]);
        if (bytes) segments.push(bytes);
        if (file >= last) return Buffer.concat(segments);
      }
    },
    outbox: join(dataDir, 'outbox'),
    cleanUp: async () => {
      await schema.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe.each([
  ['sqlite', sqliteDisk],
  ['postgres', postgresDisk],
] as const)('an erasure that erases, on %s', (_, disk) => {
  let store: Disk;
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let mobilityId: string;
  let dataKey: Buffer;
  let closed = false;
  const versionsBefore: ApprovedVersion[] = [];

  const version = async (n: number): Promise<ApprovedVersion> =>
    (await http.get(`/api/agreements/${mobilityId}/versions/${n}`).set('Authorization', as.sending).expect(200)).body;
  const sign = (token: string, hash: string) => http.post(`/api/agreements/${mobilityId}/signatures`).set('Authorization', token).send({ contentHash: hash }).expect(201);

  // A whole story told over HTTP before the first check: more than the default five seconds on a busy machine.
  beforeAll(async () => {
    store = disk();
    app = await store.start();
    http = request(app.getHttpServer());
    // Another student's key first: the erased key is then the last row written to its page, the
    // one whose bytes a plain VACUUM leaves in the page's free space.
    const other = aContent({ student: { ...aContent().student, accountId: 'acc-olga', familyName: `Other-${nonce}`, email: `olga.${nonce}@example.com` } });
    await http.post('/api/agreements').set('Authorization', as.otherStudent).send({ content: other }).expect(201);
    const drafted = await http.post('/api/agreements').set('Authorization', studentToken).send({ content }).expect(201);
    mobilityId = drafted.body.mobilityId;
    for (const token of [studentToken, as.sending, as.receiving]) await sign(token, drafted.body.draft.contentHash);
    const proposed = await http.post(`/api/agreements/${mobilityId}/amendments`).set('Authorization', studentToken).send({ changes: [], student: renamed }).expect(201);
    for (const token of [studentToken, as.sending, as.receiving]) await sign(token, proposed.body.proposal.contentHash);
    // The transcript's snapshot copies version 2, student included, and is checked against its hash.
    await http
      .post(`/api/agreements/${mobilityId}/transcripts`)
      .set('Authorization', as.receiving)
      .send({ components: [{ code: 'KR501', credits: { scheme: 'ects', value: '9' }, localGrade: '4.5', result: 'passed' }] })
      .expect(201);
    const profile = ENDPOINTS.find((endpoint) => endpoint.action === 'student.record-profile')!;
    const fixture = { mobilityId, contentHash: drafted.body.draft.contentHash, studentId, schoolId: 'insa-lyon.fr' };
    await http.put(profile.path(fixture)).set('Authorization', as.sending).send(profile.body!(fixture)).expect(200);
    await http
      .post(`/api/students/${studentId}/stays`)
      .set('Authorization', studentToken)
      .send({ stayId: 'summer-2026', kind: 'studies', country: 'DE', plannedStart: '2026-06-01', plannedEnd: '2026-08-23', stay: 'individual' })
      .expect(201);
    // Every read model caught up, so that whatever they write is on disk before the erasure.
    await http.get(`/api/agreements/${mobilityId}/audit`).set('Authorization', as.sending).expect(200);
    await http.get(`/api/reports/cohort?school=insa-lyon.fr&year=${content.receivingAcademicYear}`).set('Authorization', admin).expect(200);
    await http.get('/api/agreements').set('Authorization', admin).expect(200);
    versionsBefore.push(await version(1), await version(2));
    dataKey = await store.dataKey();
    // Every message the story caused recorded and written to the outbox before the first check.
    await app.get(ReactionRunner).catchUp();
    await app.get(MailSender).deliverDue();
  }, 30_000);
  afterAll(async () => {
    if (!closed) await app.close();
    await store.cleanUp();
  });

  it('before the erasure: the probe sees the key and the clear text beside the sealed fields, and none of the personal data', async () => {
    const bytes = await store.bytes();
    expect(found(bytes, [control, dataKey])).toEqual([control, String(dataKey)]);
    expect(found(bytes, PERSONAL)).toEqual([]);
    // The messages written to the student are in clear in the outbox, as any message sent is.
    expect(found(outboxBytes(store), [renamed.email])).toEqual([renamed.email]);
    // Reads every page of every relation of the schema: more than Jest's five seconds on a busy machine.
  }, 30_000);

  it('CTI-LA-4: before the erasure every version’s hash is reproduced with the student’s key, and its signatures bind it', async () => {
    expect(versionsBefore[1].content.student).toMatchObject(renamed);
    for (const recorded of versionsBefore) {
      expect(recorded.signatures.map((signature) => signature.contentHash)).toEqual([recorded.contentHash, recorded.contentHash, recorded.contentHash]);
      expect(recorded).toMatchObject({ contentHashScheme: 2 });
      expect(contentHash(recorded.content)).not.toBe(recorded.contentHash);
    }
    const key = await personalDataOf(app.get<EventStore>(EVENT_STORE))!.contentHashKey(studentId, { create: false });
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    for (const recorded of versionsBefore) expect(contentHash(recorded.content, key)).toBe(recorded.contentHash);
  });

  it('erases the student', async () => {
    await http.post(`/api/students/${studentId}/erasure`).set('Authorization', admin).expect(200);
    // The reactions take the erasure from the log, as the read models do: their files go once it is recorded.
    await app.get(ReactionRunner).catchUp();
    await http.get('/api/agreements').set('Authorization', admin).expect(200);
    await http.get(`/api/reports/cohort?school=insa-lyon.fr&year=${content.receivingAcademicYear}`).set('Authorization', admin).expect(200);
  });

  it('CTI-LA-4: after the erasure no guess of the names, email and birth date confirms a version’s hash, whose signatures still bind it', async () => {
    const timeline = (await http.get(`/api/agreements/${mobilityId}/audit`).set('Authorization', as.sending).expect(200)).body.entries as Array<{ contentHash: string | null }>;
    const truths: Array<Pick<AgreementContent['student'], 'givenNames' | 'familyName' | 'email' | 'birthDate'>> = [person, { ...person, ...renamed }];
    for (const [index, before] of versionsBefore.entries()) {
      const after = await version(before.number);
      expect(after.content.student).toMatchObject({ familyName: '[erased]', email: '[erased]', birthDate: null });
      expect(after.contentHash).toBe(before.contentHash);
      // The student's signature names them as erased now; what it binds is unchanged.
      const bound = ({ signatures }: ApprovedVersion) => signatures.map(({ party, at, contentHash: hash }) => ({ party, at, hash }));
      expect(bound(after)).toEqual(bound(before));
      expect(timeline.map((entry) => entry.contentHash)).toContain(before.contentHash);
      // The right names and email, and every birth date of five years: none gives the recorded hash.
      const { givenNames, familyName, email, birthDate: trueBirthDate } = truths[index];
      const dates = fiveYearsOfBirthDates(trueBirthDate);
      expect(dates).toContain(trueBirthDate);
      const confirmed = dates.filter(
        (date) => contentHash({ ...after.content, student: { ...after.content.student, givenNames, familyName, email, birthDate: date } }) === before.contentHash,
      );
      expect(confirmed).toEqual([]);
    }
    const verified = await http.get(`/api/agreements/${mobilityId}/audit/verify`).set('Authorization', as.sending).expect(200);
    expect(verified.body).toMatchObject({ status: 'intact' });
    // Nor does the key the commitments were made under remain.
    expect(await personalDataOf(app.get<EventStore>(EVENT_STORE))!.contentHashKey(studentId, { create: false })).toBeUndefined();
  });

  it('no byte of the names, email, birth dates or key is left in what the database keeps, running and after a clean shutdown', async () => {
    const running = await store.bytes();
    expect(found(running, [control])).toEqual([control]);
    expect(found(running, [...PERSONAL, dataKey])).toEqual([]);
    expect(found(outboxBytes(store), PERSONAL)).toEqual([]);
    closed = true;
    await app.close();
    const shutDown = await store.bytes();
    expect(found(shutDown, [control])).toEqual([control]);
    expect(found(shutDown, [...PERSONAL, dataKey])).toEqual([]);
    // Plaintext is never written at all: not even the database's own WAL saw it.
    expect(found(await store.writtenMeanwhile(), PERSONAL)).toEqual([]);
    // Reads every file of the database twice and verifies the whole store on close.
  }, 30_000);
});
