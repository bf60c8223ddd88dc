/**
 * npm run bench:load: the ledger over HTTP at growing sizes, on the embedded SQLite default
 * and on PostgreSQL. Each size gets a fresh database, seeded through the store.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { freshPostgresDatabase, freshSqliteFile } from './fresh-database';
import { readLoadConfig } from './load/load-config';
import { LoadReport, loadMarkdown, loadText } from './load/load-report';
import { measureSize } from './load/measure-size';
import { describeMachine } from './machine';

async function main(): Promise<void> {
  const config = readLoadConfig();
  const report: LoadReport = { startedAt: new Date().toISOString(), machine: await describeMachine(config.databaseUrl), seconds: config.seconds, runs: [] };
  for (const engine of config.engines) {
    for (const size of config.sizes) {
      const database = engine === 'sqlite' ? freshSqliteFile('load-bench') : await freshPostgresDatabase(config.databaseUrl, 'load_bench');
      try {
        console.log(`${engine} at ${size} agreements...`);
        report.runs.push({ engine, figures: await measureSize(engine, database, size, config) });
      } finally {
        await database.drop();
      }
    }
  }
  mkdirSync(dirname(config.outputFile), { recursive: true });
  writeFileSync(config.outputFile, JSON.stringify(report, null, 2));
  writeFileSync(config.outputFile.replace(/\.json$/, '.md'), loadMarkdown(report));
  console.log(`\n${loadText(report)}\n\nWritten to ${config.outputFile}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
