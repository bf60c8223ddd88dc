import type { Client } from 'pg';

/** The tables that grow with the ledger: a plan that reads one of them whole does not scale. */
export const LARGE_POSTGRES_TABLES = new Set([
  'ml_events',
  'ml_streams',
  'personal_data_keys',
  'agreement_facts',
  'student_records',
  'school_settings',
  'audit_timeline',
]);

const EVENTS = 100_000;
const PER_TRANSACTION = 5_000;
const STUDENTS = 20_000;

/**
 * Rows of a network of schools beside the story: 100,000 events in 12,500 streams, appended
 * by several transactions (the log is read in their order), 20,000 students with their keys,
 * records and agreements, 2,000 schools, the audit rows of the agreements; then ANALYZE, so
 * that the planner knows the sizes. None of them matches a query of the story.
 */
export async function fillPostgresAtScale(client: Client): Promise<void> {
  for (let first = 0; first < EVENTS; first += PER_TRANSACTION) {
    await client.query(
      `INSERT INTO ml_events (event_id, stream_id, revision, type, schema_version, data, metadata)
       SELECT gen_random_uuid(), 'agreement-filler-' || (n / 8), n % 8, 'FillerRecorded', 1, '{"filler": true}', '{}'
       FROM generate_series($1::int, $2::int) n`,
      [first, first + PER_TRANSACTION - 1],
    );
  }
  await client.query(`INSERT INTO ml_streams (stream_id, revision) SELECT 'agreement-filler-' || s, 7 FROM generate_series(0, ${EVENTS / 8 - 1}) s`);
  await client.query(
    `INSERT INTO personal_data_keys (key_id, subject_id, data_key)
     SELECT gen_random_uuid(), 'acc-filler-' || n, sha256(n::text::bytea) FROM generate_series(1, ${STUDENTS}) n`,
  );
  await client.query(
    `INSERT INTO agreement_facts (key, document, revisions, school, receiving, academic_year, student_id, status)
     SELECT 'filler-' || n, '{}', '{}', 'filler-' || (n % 200) || '.example', 'filler-' || (n * 7 % 200) || '.example',
            (2015 + n % 12) || '/' || (2016 + n % 12), 'acc-filler-' || n, 'approved'
     FROM generate_series(1, ${STUDENTS}) n`,
  );
  await client.query(
    `INSERT INTO student_records (key, document, revisions, school_id, cohort, expected_graduation_year)
     SELECT 'acc-filler-' || n, '{}', '{}', 'filler-' || (n % 200) || '.example', 'filler', 2018 + n % 12
     FROM generate_series(1, ${STUDENTS}) n`,
  );
  await client.query(
    `INSERT INTO school_settings (key, document, revisions, configured)
     SELECT 'filler-' || n || '.example', '{}', '{}', 1 FROM generate_series(0, 1999) n`,
  );
  await client.query(
    `INSERT INTO audit_timeline (mobility_id, revision, event_id, event_type, recorded_at, sentence, sentence_fr)
     SELECT 'filler-' || (n / 8), n % 8, gen_random_uuid()::text, 'FillerRecorded', '2026-01-15T09:00:00.000Z', 'filler', 'filler'
     FROM generate_series(0, ${EVENTS - 1}) n`,
  );
  // The projections have taken in the whole log: a catch-up reads from its end.
  await client.query(
    `UPDATE read_model_checkpoints SET checkpoint = (SELECT position FROM ml_events ORDER BY transaction_id DESC, position DESC LIMIT 1)::text`,
  );
  await client.query(`ANALYZE ${[...LARGE_POSTGRES_TABLES].join(', ')}`);
}
