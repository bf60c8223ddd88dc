import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Work owed to partners: tell the receiving HEI's host that an outgoing agreement changed
 * (`notify`), or fetch an agreement a sending HEI's host said had changed (`fetch`).
 */
export type EwpJob = {
  kind: 'notify' | 'fetch';
  /** The HEI whose host is called: the receiving HEI to notify, the sending HEI to fetch from. */
  partnerHeiId: string;
  sendingHeiId: string;
  omobilityId: string;
  attempts: number;
  nextAttemptAt: string;
  /** Bumped when the same work is asked again: a delivery under way then does not clear it. */
  version: number;
  lastError?: string;
};

/**
 * `checkpoint` is the position of the last event turned into work, or 'start' before any: a
 * token compared for equality only (positions are not consecutive). An outbox written before
 * held '0' for 'start', which no event of any store has.
 */
type OutboxState = { checkpoint: string; jobs: EwpJob[] };

const START = 'start';

/** The first retry after a second, doubling up to ten minutes: a partner down for a day gets a call every ten minutes. */
export const backoffMs = (attempts: number): number => Math.min(1000 * 2 ** (attempts - 1), 10 * 60 * 1000);

/**
 * Attempts before work is given up: about two days at ten minutes apart. A later change of the
 * agreement (or a partner's later CNR) owes the work again.
 */
export const MAX_ATTEMPTS = 300;

const sameWork = (a: Pick<EwpJob, 'kind' | 'partnerHeiId' | 'omobilityId'>, b: Pick<EwpJob, 'kind' | 'partnerHeiId' | 'omobilityId'>) =>
  a.kind === b.kind && a.partnerHeiId === b.partnerHeiId && a.omobilityId === b.omobilityId;

/**
 * A durable queue in one file under EWP_DATA_DIR, with the position in the event log up to
 * which changes were turned into work: both written together (a temporary file renamed over
 * the old), so work is recorded before it is done and nothing is lost or queued twice across
 * a crash. Work pending for the same agreement and partner is one job: a partner down for a
 * while is notified once when it comes back, of the agreement as it is then.
 */
export class EwpOutbox {
  private state: OutboxState;
  private readonly path: string;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.path = join(dir, 'outbox.json');
    this.state = existsSync(this.path) ? (JSON.parse(readFileSync(this.path, 'utf8')) as OutboxState) : { checkpoint: START, jobs: [] };
  }

  /** The position of the last event turned into work; null before any. */
  get checkpoint(): bigint | null {
    return this.state.checkpoint === START || this.state.checkpoint === '0' ? null : BigInt(this.state.checkpoint);
  }

  get jobs(): readonly EwpJob[] {
    return this.state.jobs;
  }

  /** Queues the work (unless the same is pending) and moves the checkpoint, in one write. */
  record(work: ReadonlyArray<Omit<EwpJob, 'attempts' | 'nextAttemptAt' | 'version'>>, now: Date, checkpoint?: bigint): void {
    const jobs = [...this.state.jobs];
    for (const item of work) {
      const index = jobs.findIndex((job) => sameWork(job, item));
      if (index < 0) jobs.push({ ...item, attempts: 0, nextAttemptAt: now.toISOString(), version: 0 });
      else jobs[index] = { ...jobs[index], version: jobs[index].version + 1 };
    }
    this.write({ checkpoint: checkpoint === undefined ? this.state.checkpoint : checkpoint.toString(), jobs });
  }

  due(now: Date): EwpJob[] {
    return this.state.jobs.filter((job) => Date.parse(job.nextAttemptAt) <= now.getTime());
  }

  /** The job as it was when its delivery began is done; if it was asked again meanwhile, it stays, due at once. */
  done(job: EwpJob, now: Date): void {
    const jobs = this.state.jobs.flatMap((pending) => {
      if (!sameWork(pending, job)) return [pending];
      return pending.version === job.version ? [] : [{ ...pending, attempts: 0, nextAttemptAt: now.toISOString() }];
    });
    this.write({ ...this.state, jobs });
  }

  /**
   * A failed attempt, with a short reason (never the partner's document): retried after the
   * backoff, or given up (as `done`) after MAX_ATTEMPTS.
   */
  failed(job: EwpJob, reason: string, now: Date): 'retried' | 'given up' {
    const attempts = job.attempts + 1;
    if (attempts >= MAX_ATTEMPTS) {
      this.done(job, now);
      return 'given up';
    }
    const nextAttemptAt = new Date(now.getTime() + backoffMs(attempts)).toISOString();
    this.write({ ...this.state, jobs: this.state.jobs.map((pending) => (sameWork(pending, job) ? { ...pending, attempts, lastError: reason, nextAttemptAt } : pending)) });
    return 'retried';
  }

  private write(state: OutboxState): void {
    writeFileSync(`${this.path}.tmp`, JSON.stringify(state, null, 2), { mode: 0o600 });
    renameSync(`${this.path}.tmp`, this.path);
    this.state = state;
  }
}
