import { BenchConfig } from './bench-config';
import { MachineInfo } from './machine';
import { AppendMeasure, AppendWorkload, ReadAllMeasure } from './workloads';

export interface SubjectResult {
  name: string;
  engine: 'sqlite' | 'postgres';
  kind: 'ours' | 'raw' | 'emmett';
  settings: Record<string, string>;
  appends: Record<string, AppendMeasure>;
  readAll?: ReadAllMeasure;
}

export interface BenchReport {
  startedAt: string;
  machine: MachineInfo;
  config: Omit<BenchConfig, 'databaseUrl'>;
  workloads: AppendWorkload[];
  subjects: SubjectResult[];
}

interface MetricRow {
  label: string;
  value: (s: SubjectResult) => number | undefined;
  /** Appends that failed in the cell: its figure is then not comparable. */
  errors: (s: SubjectResult) => number;
}

function metricRows(workloads: AppendWorkload[]): MetricRow[] {
  const rows: MetricRow[] = [];
  for (const w of workloads) {
    const errors = (s: SubjectResult) => s.appends[w.key]?.errors ?? 0;
    rows.push({ label: `${w.label}: appends/s`, value: (s) => s.appends[w.key]?.appendsPerSecond, errors });
    if (w.batchSize > 1) rows.push({ label: `${w.label}: events/s`, value: (s) => s.appends[w.key]?.eventsPerSecond, errors });
  }
  rows.push({
    label: 'readAll, pages of 1000: events/s',
    value: (s) => s.readAll?.eventsPerSecond,
    errors: (s) => (s.readAll && s.readAll.events !== s.readAll.expectedEvents ? 1 : 0),
  });
  return rows;
}

const ENGINES = ['sqlite', 'postgres'] as const;

/** Rows of cells: the label, then per engine ours, raw, Emmett, ours/raw, ours/Emmett. */
function figureTable(report: BenchReport): string[][] {
  const header = ['workload'];
  for (const engine of ENGINES) header.push(`ours ${engine}`, `raw ${engine}`, `Emmett ${engine}`, 'ours/raw', 'ours/Emmett');
  const body = metricRows(report.workloads).map((row) => {
    const cells = [row.label];
    for (const engine of ENGINES) {
      const of = (kind: SubjectResult['kind']) => {
        const subject = report.subjects.find((s) => s.engine === engine && s.kind === kind);
        return subject ? { value: row.value(subject), failed: row.errors(subject) > 0 } : { value: undefined, failed: false };
      };
      const [ours, raw, emmett] = [of('ours'), of('raw'), of('emmett')];
      cells.push(rate(ours), rate(raw), rate(emmett), ratio(ours, raw), ratio(ours, emmett));
    }
    return cells;
  });
  return [header, ...body];
}

function latencyTable(report: BenchReport): string[][] {
  const header = ['p50 / p99 latency (ms)', ...report.subjects.map((s) => s.name)];
  const body = report.workloads.map((w) => [
    w.label,
    ...report.subjects.map((s) => {
      const m = s.appends[w.key];
      return m ? `${m.latencyMs.p50.toFixed(2)} / ${m.latencyMs.p99.toFixed(2)}` : '-';
    }),
  ]);
  return [header, ...body];
}

export function textReport(report: BenchReport): string {
  const m = report.machine;
  const lines = [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}`,
    `Node ${m.node}; PostgreSQL ${m.postgres} (${m.postgresDurability}); SQLite ${m.sqlite}`,
    `Window ${report.config.seconds} s per cell after ${report.config.warmupSeconds} s warm-up; ${report.config.writers} writers; batches of ${report.config.batchSize}`,
    '',
    aligned(figureTable(report)),
    '',
    aligned(latencyTable(report)),
    '',
    ...problems(report),
  ];
  return lines.join('\n');
}

export function markdownReport(report: BenchReport): string {
  return [markdown(figureTable(report)), '', markdown(latencyTable(report)), '', ...problems(report)].join('\n');
}

function problems(report: BenchReport): string[] {
  const lines: string[] = [];
  for (const s of report.subjects) {
    for (const [key, m] of Object.entries(s.appends)) {
      if (m.errors > 0) lines.push(`* ${s.name} ${key}: ${m.errors} failed appends (first: ${m.firstError})`);
    }
    if (s.readAll && s.readAll.events !== s.readAll.expectedEvents) {
      lines.push(`* ${s.name} readAll returned ${s.readAll.events} events of the ${s.readAll.expectedEvents} appended`);
    }
  }
  return lines;
}

interface Figure {
  value: number | undefined;
  failed: boolean;
}

/** A figure marked `*` had failures (see the notes under the table). */
function rate({ value, failed }: Figure): string {
  return value === undefined ? '-' : `${Math.round(value).toLocaleString('en-US')}${failed ? '*' : ''}`;
}

/** No ratio against a failing cell: its figure does not measure the same work. */
function ratio(a: Figure, b: Figure): string {
  if (a.value === undefined || b.value === undefined || b.value === 0 || a.failed || b.failed) return '-';
  return `${(a.value / b.value).toFixed(2)}x`;
}

/** A table as text: the first column left-aligned, the figures right-aligned. */
export function aligned(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '))
    .join('\n');
}

/** A table in Markdown, the first row as its header, the figures right-aligned. */
export function markdown(rows: string[][]): string {
  const [header, ...body] = rows;
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  return [line(header), line(header.map((_, c) => (c === 0 ? '---' : '---:'))), ...body.map(line)].join('\n');
}
