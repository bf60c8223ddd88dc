import type Database from 'better-sqlite3';

/** The tables that grow with the ledger: a plan that reads one of them whole does not scale. */
export const LARGE_SQLITE_TABLES = new Set(['events', 'personal_data_keys', 'agreement_facts', 'student_records', 'school_settings', 'audit_timeline']);

const numbers = (count: number) => `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${count - 1})`;

/**
 * The same network of schools as on PostgreSQL, beside the story: 100,000 events in 12,500
 * streams, 20,000 students with their keys, records and agreements, 2,000 schools, the
 * agreements' audit rows; then ANALYZE. None of them matches a query of the story.
 */
export function fillSqliteAtScale(db: Database.Database): void {
  db.transaction(() => {
    db.exec(`${numbers(100_000)}
      INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at)
      SELECT lower(hex(randomblob(16))), 'agreement-filler-' || (i / 8), i % 8, 'FillerRecorded', 1, '{"filler":true}', '{}', '2026-01-15T09:00:00.000Z' FROM n`);
    db.exec(`${numbers(20_000)}
      INSERT INTO personal_data_keys (key_id, subject_id, data_key, created_at)
      SELECT lower(hex(randomblob(16))), 'acc-filler-' || i, randomblob(32), '2026-01-15T09:00:00.000Z' FROM n`);
    db.exec(`${numbers(20_000)}
      INSERT INTO agreement_facts (key, document, revisions, school, receiving, academic_year, student_id, status)
      SELECT 'filler-' || i, '{}', '{}', 'filler-' || (i % 200) || '.example', 'filler-' || (i * 7 % 200) || '.example',
             (2015 + i % 12) || '/' || (2016 + i % 12), 'acc-filler-' || i, 'approved' FROM n`);
    db.exec(`${numbers(20_000)}
      INSERT INTO student_records (key, document, revisions, school_id, cohort, expected_graduation_year)
      SELECT 'acc-filler-' || i, '{}', '{}', 'filler-' || (i % 200) || '.example', 'filler', 2018 + i % 12 FROM n`);
    db.exec(`${numbers(2_000)}
      INSERT INTO school_settings (key, document, revisions, configured) SELECT 'filler-' || i || '.example', '{}', '{}', 1 FROM n`);
    db.exec(`${numbers(100_000)}
      INSERT INTO audit_timeline (mobility_id, revision, event_id, event_type, recorded_at, sentence, sentence_fr)
      SELECT 'filler-' || (i / 8), i % 8, lower(hex(randomblob(16))), 'FillerRecorded', '2026-01-15T09:00:00.000Z', 'filler', 'filler' FROM n`);
    // The projections have taken in the whole log: a catch-up reads from its end.
    db.exec(`UPDATE read_model_checkpoints SET checkpoint = CAST((SELECT MAX(position) FROM events) AS TEXT)`);
  })();
  db.exec('ANALYZE');
}
