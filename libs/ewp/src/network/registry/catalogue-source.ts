import { readFileSync, statSync } from 'node:fs';
import { RegistryCatalogue, readCatalogue } from './registry-catalogue';

/** How long a catalogue fetched from the Registry is used before it is fetched again. */
const URL_REFRESH_MS = 5 * 60 * 1000;

/**
 * The Registry catalogue from EWP_REGISTRY_CATALOGUE: a URL (the Registry's catalogue-v1.xml,
 * fetched again every five minutes, the last good copy kept while the Registry does not answer)
 * or a file (read again whenever it changes on disk, for an offline network or a test).
 * Without it the host trusts no partner: every signed request is refused as an unknown key.
 */
export class CatalogueSource {
  private cached?: { catalogue: RegistryCatalogue; version: number };
  /** The fetch under way: requests arriving meanwhile wait for it rather than fetching again. */
  private fetching?: Promise<RegistryCatalogue>;
  private readonly empty: RegistryCatalogue = { hosts: [], keys: new Map() };

  constructor(private readonly location: string | undefined) {}

  async current(now: Date): Promise<RegistryCatalogue> {
    if (!this.location) return this.empty;
    if (/^https?:\/\//.test(this.location)) {
      if (this.cached && now.getTime() - this.cached.version < URL_REFRESH_MS) return this.cached.catalogue;
      this.fetching ??= this.download(this.location, now).finally(() => (this.fetching = undefined));
      return this.fetching;
    }
    const modified = statSync(this.location).mtimeMs;
    if (this.cached?.version !== modified) this.cached = { catalogue: readCatalogue(readFileSync(this.location, 'utf8')), version: modified };
    return this.cached.catalogue;
  }

  private async download(location: string, now: Date): Promise<RegistryCatalogue> {
    try {
      const response = await fetch(location, { signal: AbortSignal.timeout(10_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.cached = { catalogue: readCatalogue(await response.text()), version: now.getTime() };
    } catch (error) {
      if (!this.cached) throw new Error(`EWP-REGISTRY: the catalogue at ${location} cannot be read: ${(error as Error).message}`);
      // Tried again after the same delay, not at every request while the Registry is down.
      this.cached = { ...this.cached, version: now.getTime() };
    }
    return this.cached.catalogue;
  }
}
