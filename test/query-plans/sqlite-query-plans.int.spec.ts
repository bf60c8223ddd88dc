import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteKeyStore, createEventStore } from '@app/event-store';
import { auditTimelineProjection, agreementFactsProjection, catchUpProjection, createProjectionStore, schoolSettingsProjection, studentRecordsProjection } from '@app/read-models';
import { LedgerStores, readAsTheLedgerDoes } from './ledger-reads';
import { appendStory } from './ledger-story';
import type { FullScan, Issued } from './postgres-plans';
import { LARGE_SQLITE_TABLES, fillSqliteAtScale } from './sqlite-at-scale';
import { recordSqliteStatements, sqliteFullScans } from './sqlite-plans';

jest.setTimeout(60_000);

const PROJECTED = [auditTimelineProjection, agreementFactsProjection, studentRecordsProjection, schoolSettingsProjection];

describe('query plans on SQLite at the scale of 100,000 events', () => {
  let dir: string;
  let stores: LedgerStores;
  let explainer: Database.Database;
  let issued: Issued[];
  let scans: FullScan[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ml-query-plans-'));
    const path = join(dir, 'ledger.db');
    stores = {
      events: await createEventStore({ kind: 'sqlite', path }),
      keys: new SqliteKeyStore(path),
      projections: await createProjectionStore({ kind: 'sqlite', path }),
      projected: PROJECTED,
    };
    for (const projection of PROJECTED) await stores.projections.prepare(projection);
    await appendStory(stores.events);
    for (const projection of PROJECTED) await catchUpProjection(stores.events, stores.projections, projection);
    explainer = new Database(path);
    fillSqliteAtScale(explainer);
    const recording = recordSqliteStatements();
    try {
      await readAsTheLedgerDoes(stores, 'acc-filler-17');
    } finally {
      recording.stop();
    }
    issued = recording.issued;
    scans = sqliteFullScans(explainer, issued, LARGE_SQLITE_TABLES);
  });

  afterAll(async () => {
    explainer?.close();
    await Promise.all([stores?.events.close(), stores?.keys.close(), stores?.projections.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads no large table whole: every statement the ledger ran goes through an index', () => {
    expect(scans).toEqual([]);
  });

  it('looked at the statements of every read: the log, the appends, the keys, the cohort report, the stats and the trail', () => {
    const ran = issued.map(({ sql }) => sql.replace(/\s+/g, ' '));
    const expected = [
      /FROM events WHERE stream_id = \? AND revision >= \?/,
      /FROM events WHERE stream_id = \? AND revision <= \?/,
      /FROM events WHERE position >= \?/,
      /SELECT MAX\(revision\) FROM events WHERE stream_id = \?/,
      /FROM events WHERE event_id IN \(SELECT value FROM json_each\(\?\)\)/,
      /FROM personal_data_keys WHERE subject_id = \?/,
      /FROM personal_data_keys WHERE key_id IN \(SELECT value FROM json_each\(\?\)\)/,
      /FROM read_model_checkpoints WHERE projection = \?/,
      /FROM "agreement_facts" WHERE "school" = \? AND "academic_year" = \?/,
      /FROM "agreement_facts" WHERE "receiving" = \? AND "academic_year" = \?/,
      /FROM "agreement_facts" WHERE "student_id" IN \(SELECT value FROM json_each\(\?\)\)/,
      /FROM "agreement_facts" WHERE "school" = \? ORDER/,
      /FROM "student_records" WHERE "school_id" = \? AND "expected_graduation_year" = \?/,
      /FROM "student_records" WHERE "key" IN \(SELECT value FROM json_each\(\?\)\)/,
      /FROM "school_settings" WHERE "key" IN \(SELECT value FROM json_each\(\?\)\)/,
      /FROM "audit_timeline" WHERE "mobility_id" = \?/,
    ];
    expect(expected.filter((pattern) => !ran.some((sql) => pattern.test(sql)))).toEqual([]);
  });

  it('would see a scan: a filter on a column no index covers', () => {
    const byStatus = { sql: 'SELECT "key" FROM "agreement_facts" WHERE "status" = ? ORDER BY "key"', values: ['approved'] };
    expect(sqliteFullScans(explainer, [byStatus], LARGE_SQLITE_TABLES).map(({ table }) => table)).toEqual(['agreement_facts']);
  });
});
