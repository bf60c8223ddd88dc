import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readBenchConfig } from './bench-config';
import { BenchSubject } from './bench-subject';
import { describeMachine } from './machine';
import { BenchReport, SubjectResult, markdownReport, textReport } from './report';
import { emmettPostgres, emmettSqlite } from './subjects/emmett';
import { oursPostgres, oursSqlite } from './subjects/ours';
import { rawPostgres } from './subjects/raw-postgres';
import { rawSqlite } from './subjects/raw-sqlite';
import { AppendWorkload, appendWorkloads, runAppends, runReadAll } from './workloads';

/** Every subject, one after the other (never two at once on 2 cores), each on a fresh database. */
async function main(): Promise<void> {
  const config = readBenchConfig();
  const subjects: BenchSubject[] = [
    oursSqlite(),
    rawSqlite(),
    emmettSqlite(),
    oursPostgres(config.databaseUrl),
    rawPostgres(config.databaseUrl, config.writers),
    emmettPostgres(config.databaseUrl),
  ].filter((s) => config.only.length === 0 || config.only.includes(s.name));
  const workloads = appendWorkloads(config.writers, config.batchSize);
  const { databaseUrl: _hidden, ...shownConfig } = config;
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    machine: await describeMachine(config.databaseUrl),
    config: shownConfig,
    workloads,
    subjects: [],
  };

  for (const subject of subjects) {
    report.subjects.push(await benchSubject(subject, workloads, config));
  }

  mkdirSync(dirname(config.outputFile), { recursive: true });
  writeFileSync(config.outputFile, JSON.stringify(report, null, 2));
  writeFileSync(config.outputFile.replace(/\.json$/, '.md'), markdownReport(report));
  console.log(`\n${textReport(report)}\n\nWritten to ${config.outputFile}`);
}

async function benchSubject(
  subject: BenchSubject,
  workloads: AppendWorkload[],
  config: ReturnType<typeof readBenchConfig>,
): Promise<SubjectResult> {
  const opened = await subject.open();
  const result: SubjectResult = { name: subject.name, engine: subject.engine, kind: subject.kind, settings: {}, appends: {} };
  try {
    result.settings = (await subject.describe?.()) ?? {};
    let stored = 0;
    for (const workload of workloads) {
      const options = { appendsPerStream: config.appendsPerStream };
      const warm = await runAppends(opened, workload, config.warmupSeconds, { ...options, streamPrefix: `warm${workload.key}` });
      const measure = await runAppends(opened, workload, config.seconds, { ...options, streamPrefix: workload.key });
      stored += warm.events + measure.events;
      result.appends[workload.key] = measure;
      console.log(
        `${subject.name.padEnd(16)} ${workload.label.padEnd(28)} ${Math.round(measure.appendsPerSecond)} appends/s, ${Math.round(measure.eventsPerSecond)} events/s` +
          (measure.errors ? `, ${measure.errors} errors` : ''),
      );
    }
    result.readAll = await runReadAll(opened, config.readPageSize, stored);
    console.log(`${subject.name.padEnd(16)} readAll ${result.readAll.events} events: ${Math.round(result.readAll.eventsPerSecond)} events/s`);
  } finally {
    await opened.close();
  }
  return result;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
