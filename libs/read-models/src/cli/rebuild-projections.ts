import type { EventStore } from '@app/event-store';
import { Projection } from '../projection';
import { ProjectionRunner, countEvents } from '../runner';
import { ProjectionStore } from '../store';
import { ProgressReporter } from './progress-reporter';

export interface RebuildRequest {
  events: EventStore;
  store: ProjectionStore;
  projections: readonly Projection[];
  /** One projection's name; all of them when absent. */
  name?: string;
  report: (label: string, total: number) => ProgressReporter;
}

/**
 * What `npm run projections:rebuild [name]` does: empties the projections and replays the log
 * once for all of them, each page applied to every projection in one transaction.
 */
export async function rebuildProjections({ events, store, projections, name, report }: RebuildRequest): Promise<string[]> {
  const runner = new ProjectionRunner(events, store, projections);
  const names = name ? [name] : projections.map((p) => p.name);
  if (name && !projections.some((p) => p.name === name)) {
    throw new Error(`no projection ${name}; known: ${projections.map((p) => p.name).join(', ')}`);
  }
  const total = await countEvents(events, store);
  const progress = report(names.join(', '), total);
  await runner.rebuild(names, (n) => progress.advance(n));
  progress.finish();
  return names;
}
