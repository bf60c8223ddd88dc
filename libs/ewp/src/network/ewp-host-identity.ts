import { Injectable } from '@nestjs/common';
import { KeyObject } from 'node:crypto';
import { Clock, InjectClock } from '@app/kernel';
import { ewpRefusal } from '../ewp-refusal-words';
import { ewpRuleBroken } from '../ewp.rules';
import { RequestIdMemory } from './httpsig';
import { EwpHostSettings, ewpHostSettingsFrom } from './ewp-host-settings';
import { HostKey } from './keys/host-key-ring';
import { HostKeyStore } from './keys/host-key-store';
import { CatalogueSource } from './registry/catalogue-source';
import { CatalogueHost, RegistryCatalogue, hostOf } from './registry/registry-catalogue';

/**
 * Who this host is on the EWP network and whom it trusts: its settings, its key ring, the
 * Registry catalogue, and the request ids it has seen. One per process.
 */
@Injectable()
export class EwpHostIdentity {
  readonly settings: EwpHostSettings = ewpHostSettingsFrom(process.env);
  readonly requestIds = new RequestIdMemory();
  private readonly source: CatalogueSource;
  private ring?: HostKeyStore;
  /** The key ids the catalogue lists, computed once per catalogue read. */
  private listed?: { catalogue: RegistryCatalogue; keyIds: ReadonlySet<string> };

  constructor(@InjectClock() private readonly clock: Clock) {
    this.source = new CatalogueSource(this.settings.catalogue);
  }

  /** The host is on when EWP_HEIS names at least one HEI; otherwise nothing is generated or served. */
  get enabled(): boolean {
    return this.settings.heiIds.length > 0;
  }

  /** The key ring, generated on first use so a ledger that is no EWP host writes no key. */
  get keys(): HostKeyStore {
    this.ring ??= new HostKeyStore(this.settings.dataDir, this.clock.now());
    return this.ring;
  }

  now(): Date {
    return this.clock.now();
  }

  serves(heiId: string): boolean {
    return this.settings.heiIds.includes(heiId.toLowerCase());
  }

  catalogue(): Promise<RegistryCatalogue> {
    return this.source.current(this.clock.now());
  }

  /** The key to sign with: the newest the catalogue already lists for this host (see signingKeyOf). */
  async signingKey(): Promise<HostKey> {
    const catalogue = await this.catalogue();
    if (this.listed?.catalogue !== catalogue) {
      this.listed = { catalogue, keyIds: new Set(catalogue.hosts.flatMap((host) => [...host.clientKeyIds, ...host.serverKeyIds])) };
    }
    const { keyIds } = this.listed;
    return this.keys.signingKey(this.clock.now(), (keyId) => keyIds.has(keyId));
  }

  /** The partner's host for an API, and its server keys, as the catalogue says. */
  async partnerHost(heiId: string, api: string): Promise<{ host: CatalogueHost; serverKey: (keyId: string) => KeyObject | undefined }> {
    const catalogue = await this.catalogue();
    const host = hostOf(catalogue, heiId, api);
    if (!host) throw ewpRuleBroken('EWP-REGISTRY', ewpRefusal('noRegistryHost', heiId, api));
    return { host, serverKey: (keyId) => (host.serverKeyIds.includes(keyId) ? catalogue.keys.get(keyId) : undefined) };
  }
}
