import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HostKey, StoredKey, generateHostKey, hostKeyOf, publishedKeys, rotate, signingKeyOf } from './host-key-ring';

const FILE = 'host-keys.json';

/**
 * The host's key ring, kept under EWP_DATA_DIR in one file readable by the ledger's user only.
 * Generated on first start; a rotation writes the new ring whole (a temporary file renamed
 * over the old one), so a crash leaves the old ring or the new one, never half of either.
 */
export class HostKeyStore {
  private keys: HostKey[];

  constructor(
    private readonly dir: string,
    now: Date,
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const path = join(dir, FILE);
    if (!existsSync(path)) this.write([generateHostKey(now)]);
    this.keys = this.read().map(hostKeyOf);
  }

  published(now: Date): HostKey[] {
    return publishedKeys(this.keys, now);
  }

  signingKey(now: Date, inCatalogue: (keyId: string) => boolean): HostKey {
    return signingKeyOf(this.keys, now, inCatalogue);
  }

  /** Adds a new key; the older ones stay published for `overlapMs`. Returns the new key. */
  rotate(now: Date, overlapMs: number): HostKey {
    const ring = rotate(this.read(), now, overlapMs);
    this.write(ring);
    this.keys = ring.map(hostKeyOf);
    return this.keys.at(-1)!;
  }

  private read(): StoredKey[] {
    return JSON.parse(readFileSync(join(this.dir, FILE), 'utf8')) as StoredKey[];
  }

  private write(ring: StoredKey[]): void {
    const path = join(this.dir, FILE);
    writeFileSync(`${path}.tmp`, JSON.stringify(ring, null, 2), { mode: 0o600 });
    chmodSync(`${path}.tmp`, 0o600);
    renameSync(`${path}.tmp`, path);
  }
}
