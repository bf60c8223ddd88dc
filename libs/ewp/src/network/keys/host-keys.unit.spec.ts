import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HostKeyStore } from './host-key-store';

const DAY = 24 * 60 * 60 * 1000;
const t0 = new Date('2026-12-01T08:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

describe('the host key ring (EWP client and server keys)', () => {
  it('generates one RSA key pair on first start, keeps it readable by its owner only, and finds it again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ewp-keys-'));
    const store = new HostKeyStore(dir, t0);
    expect(store.published(t0)).toHaveLength(1);
    expect(statSync(join(dir, 'host-keys.json')).mode & 0o777).toBe(0o600);
    expect(new HostKeyStore(dir, later(DAY)).published(later(DAY)).map((key) => key.keyId)).toEqual(store.published(t0).map((key) => key.keyId));
  });

  it('rotates without downtime: both keys published during the overlap, the old one signing until the catalogue lists the new one', () => {
    const store = new HostKeyStore(mkdtempSync(join(tmpdir(), 'ewp-keys-')), t0);
    const [old] = store.published(t0);
    const fresh = store.rotate(later(DAY), 2 * DAY);
    expect(store.published(later(DAY)).map((key) => key.keyId)).toEqual([old.keyId, fresh.keyId]);
    const catalogue = new Set([old.keyId]);
    expect(store.signingKey(later(DAY), (id) => catalogue.has(id)).keyId).toBe(old.keyId);
    catalogue.add(fresh.keyId);
    expect(store.signingKey(later(DAY), (id) => catalogue.has(id)).keyId).toBe(fresh.keyId);
    // After the overlap the old key is no longer published, and never signs again.
    expect(store.published(later(3 * DAY + 1)).map((key) => key.keyId)).toEqual([fresh.keyId]);
    expect(store.signingKey(later(3 * DAY + 1), (id) => id === old.keyId).keyId).toBe(fresh.keyId);
  });
});
