import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The `changes-proposal` id of each partner agreement as last fetched from its sending host:
 * what the receiving coordinator reads and answers. The copy here cannot compute it (the other
 * parties' signatures are reports in it), and the update must name exactly what was read, so
 * that a proposal changed since is refused there (409). Kept under EWP_DATA_DIR.
 */
export class PartnerProposals {
  private readonly path: string;
  private proposals?: Record<string, string | null>;

  constructor(private readonly dir: string) {
    this.path = join(dir, 'partner-proposals.json');
  }

  of(omobilityId: string): string | undefined {
    return this.read()[omobilityId] ?? undefined;
  }

  record(proposals: Record<string, string | null>): void {
    const next = { ...this.read(), ...proposals };
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    writeFileSync(`${this.path}.tmp`, JSON.stringify(next, null, 2), { mode: 0o600 });
    renameSync(`${this.path}.tmp`, this.path);
    this.proposals = next;
  }

  /** Read once: this process is the file's only writer. */
  private read(): Record<string, string | null> {
    this.proposals ??= existsSync(this.path) ? (JSON.parse(readFileSync(this.path, 'utf8')) as Record<string, string | null>) : {};
    return this.proposals;
  }
}
