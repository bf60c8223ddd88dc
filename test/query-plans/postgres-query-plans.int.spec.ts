import { Client } from 'pg';
import { createEventStore, PostgresKeyStore } from '@app/event-store';
import { createTestSchema } from '@app/event-store/postgres/postgres-test-database';
import { auditTimelineProjection, agreementFactsProjection, catchUpProjection, createProjectionStore, schoolSettingsProjection, studentRecordsProjection } from '@app/read-models';
import { LedgerStores, readAsTheLedgerDoes } from './ledger-reads';
import { appendStory } from './ledger-story';
import { LARGE_POSTGRES_TABLES, fillPostgresAtScale } from './postgres-at-scale';
import { FullScan, Issued, fullScans, recordPostgresStatements } from './postgres-plans';

jest.setTimeout(60_000);

const PROJECTED = [auditTimelineProjection, agreementFactsProjection, studentRecordsProjection, schoolSettingsProjection];

describe('query plans on PostgreSQL at the scale of 100,000 events', () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  let stores: LedgerStores;
  let explainer: Client;
  let issued: Issued[];
  let scans: FullScan[];

  beforeAll(async () => {
    schema = await createTestSchema();
    const { connectionString } = schema;
    stores = {
      events: await createEventStore({ kind: 'postgres', connectionString }),
      keys: await PostgresKeyStore.connect(connectionString),
      projections: await createProjectionStore({ kind: 'postgres', connectionString }),
      projected: PROJECTED,
    };
    for (const projection of PROJECTED) await stores.projections.prepare(projection);
    await appendStory(stores.events);
    for (const projection of PROJECTED) await catchUpProjection(stores.events, stores.projections, projection);
    explainer = new Client({ connectionString });
    await explainer.connect();
    await fillPostgresAtScale(explainer);
    const recording = recordPostgresStatements();
    try {
      await readAsTheLedgerDoes(stores, 'acc-filler-17');
    } finally {
      recording.stop();
    }
    issued = recording.issued;
    scans = await fullScans(explainer, issued, LARGE_POSTGRES_TABLES);
  });

  afterAll(async () => {
    await explainer?.end();
    await Promise.all([stores?.events.close(), stores?.keys.close(), stores?.projections.close()]);
    await schema?.drop();
  });

  it('reads no large table whole: every statement the ledger sent goes through an index', () => {
    expect(scans).toEqual([]);
  });

  it('looked at the statements of every read: the log, the appends, the keys, the cohort report, the stats and the trail', () => {
    const sent = issued.map(({ sql }) => sql.replace(/\s+/g, ' '));
    const expected = [
      /FROM ml_events WHERE stream_id = \$1 AND revision >=/,
      /FROM ml_events WHERE stream_id = \$1 AND revision <=/,
      /WHERE \(transaction_id, position\) >= \(SELECT transaction_id, position FROM ml_events WHERE position = \$1\)/,
      /WHERE \(transaction_id, position\) > \(SELECT transaction_id, position FROM ml_events WHERE position = \$1\)/,
      /ml_append\(/,
      /FROM ml_events WHERE event_id = ANY/,
      /INSERT INTO personal_data_keys/,
      /FROM personal_data_keys WHERE subject_id = \$1/,
      /FROM personal_data_keys WHERE key_id = ANY/,
      /FROM read_model_checkpoints WHERE projection = \$1/,
      /FROM "agreement_facts" WHERE "school" = \$1 AND "academic_year" = \$2/,
      /FROM "agreement_facts" WHERE "receiving" = \$1 AND "academic_year" = \$2/,
      /FROM "agreement_facts" WHERE "student_id" = ANY\(\$1\)/,
      /FROM "agreement_facts" WHERE "school" = \$1 ORDER/,
      /FROM "student_records" WHERE "school_id" = \$1 AND "expected_graduation_year" = \$2/,
      /FROM "student_records" WHERE "key" = ANY\(\$1\)/,
      /FROM "school_settings" WHERE "key" = ANY\(\$1\)/,
      /FROM "audit_timeline" WHERE "mobility_id" = \$1/,
    ];
    expect(expected.filter((pattern) => !sent.some((sql) => pattern.test(sql)))).toEqual([]);
  });

  it('would see a scan: the key lookup that compared ids as text', async () => {
    const keyIds = issued.find(({ sql }) => /key_id = ANY/.test(sql))!.values;
    const asText = { sql: 'SELECT key_id::text, data_key FROM personal_data_keys WHERE key_id::text = ANY($1::text[])', values: keyIds };
    expect((await fullScans(explainer, [asText], LARGE_POSTGRES_TABLES)).map(({ table }) => table)).toEqual(['personal_data_keys']);
  });

  it('looks inside the append function too: its retry check finds event ids through their index', async () => {
    const append = issued.filter(({ sql }) => /ml_append\(/.test(sql));
    const planned: string[] = [];
    expect(await fullScans(explainer, append, LARGE_POSTGRES_TABLES, { onPlan: (text) => planned.push(text.replace(/\s+/g, ' ')) })).toEqual([]);
    expect(planned).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^UPDATE ml_streams SET revision = revision \+ v_count WHERE stream_id = p_stream AND revision = /),
        expect.stringMatching(/^SELECT EXISTS \(SELECT 1 FROM ml_events WHERE event_id = ANY \(\$1\)\)/),
        expect.stringMatching(/SELECT revision FROM ml_streams WHERE stream_id = p_stream/),
      ]),
    );
  });
});
