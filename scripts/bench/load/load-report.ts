import type { MachineInfo } from '../machine';
import { aligned, markdown } from '../report';
import type { SizeFigures } from './measure-size';

export interface LoadReport {
  startedAt: string;
  machine: MachineInfo;
  seconds: number;
  runs: Array<{ engine: 'sqlite' | 'postgres'; figures: SizeFigures }>;
}

const whole = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '-');
const tenth = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');

const ROWS: ReadonlyArray<[string, (f: SizeFigures) => string]> = [
  ['events in the log', (f) => whole(f.events)],
  ['seed through the store (s)', (f) => tenth(f.seedSeconds)],
  ['rebuild, all projections (events/s)', (f) => whole(f.rebuildEventsPerSecond)],
  ['database size (MB)', (f) => tenth(f.databaseMB)],
  ['first list after a restart (ms)', (f) => whole(f.firstListMs)],
  ['first partnerships query after a restart (ms)', (f) => whole(f.firstPartnershipsMs)],
  ['memory after the first list (MiB)', (f) => whole(f.memoryAfterFirstListMiB)],
  ['memory after the load (MiB)', (f) => whole(f.memoryAfterLoadMiB)],
  ['list p50 / p99 (ms)', (f) => `${whole(f.list.p50)} / ${whole(f.list.p99)}`],
  ['get p50 / p99 (ms)', (f) => `${whole(f.get.p50)} / ${whole(f.get.p99)}`],
  ['search by student p50 / p99 (ms)', (f) => `${whole(f.search.p50)} / ${whole(f.search.p99)}`],
  ['incoming of a school p50 / p99 (ms)', (f) => `${whole(f.incoming.p50)} / ${whole(f.incoming.p99)}`],
  ['commands/s, 8 clients', (f) => whole(f.commands8.perSecond)],
  ['command p50 / p95 / p99, 8 clients (ms)', (f) => `${whole(f.commands8.p50)} / ${whole(f.commands8.p95)} / ${whole(f.commands8.p99)}`],
  ['commands/s, 32 clients', (f) => whole(f.commands32.perSecond)],
  ['command p50 / p95 / p99, 32 clients (ms)', (f) => `${whole(f.commands32.p50)} / ${whole(f.commands32.p95)} / ${whole(f.commands32.p99)}`],
  ['errors (all cells)', (f) => whole([f.list, f.get, f.search, f.incoming, f.commands8, f.commands32].reduce((sum, cell) => sum + cell.errors, 0))],
  ['clean shutdown, SIGTERM to exit with 32 clients reading (ms)', (f) => whole(f.shutdownMs)],
];

function tables(report: LoadReport): Array<{ engine: string; rows: string[][] }> {
  const engines = [...new Set(report.runs.map((run) => run.engine))];
  return engines.map((engine) => {
    const runs = report.runs.filter((run) => run.engine === engine);
    const header = [`${engine}: at N agreements`, ...runs.map((run) => whole(run.figures.agreements))];
    return { engine, rows: [header, ...ROWS.map(([label, cell]) => [label, ...runs.map((run) => cell(run.figures))])] };
  });
}

export const loadText = (report: LoadReport): string => tables(report).map(({ rows }) => aligned(rows)).join('\n\n');

export const loadMarkdown = (report: LoadReport): string =>
  [
    `Load benchmark, ${report.startedAt}: ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}, PostgreSQL ${report.machine.postgres}; ${report.seconds} s per cell.`,
    ...tables(report).map(({ rows }) => markdown(rows)),
  ].join('\n\n') + '\n';
