import { KeyObject, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { fingerprintOf } from '../httpsig/http-signature';

/** One RSA key pair of this host, used for client and server authentication alike. */
export type HostKey = { keyId: string; privateKey: KeyObject; publicKey: KeyObject; createdAt: string; retiresAt?: string };

/** How the ring is stored: the private keys in PKCS#8 PEM, with their dates. */
export type StoredKey = { privateKeyPem: string; createdAt: string; retiresAt?: string };

export const generateHostKey = (now: Date): StoredKey => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), createdAt: now.toISOString() };
};

export const hostKeyOf = (stored: StoredKey): HostKey => {
  const privateKey = createPrivateKey(stored.privateKeyPem);
  const publicKey = createPublicKey(privateKey);
  return { keyId: fingerprintOf(publicKey), privateKey, publicKey, createdAt: stored.createdAt, ...(stored.retiresAt && { retiresAt: stored.retiresAt }) };
};

/** The keys the manifest publishes: every key not yet retired. */
export const publishedKeys = (keys: readonly HostKey[], now: Date): HostKey[] =>
  keys.filter((key) => key.retiresAt === undefined || Date.parse(key.retiresAt) > now.getTime());

/**
 * The key to sign with. A new key is published in the manifest at once, but partners trust
 * it only once the Registry has read the manifest again and lists it in its catalogue: until
 * then the host keeps signing with the newest key the catalogue already lists, so a rotation
 * never makes a partner refuse us. With no key in the catalogue yet (a host not registered,
 * or no catalogue), the newest key signs.
 */
export const signingKeyOf = (keys: readonly HostKey[], now: Date, inCatalogue: (keyId: string) => boolean): HostKey => {
  const published = publishedKeys(keys, now).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return published.find((key) => inCatalogue(key.keyId)) ?? published[0];
};

/**
 * A rotation: a new key joins the ring and every older key retires `overlapMs` later, long
 * enough for the Registry to pick up the new one (it reads manifests every few minutes) and
 * for partners to refresh their catalogue. Both are published meanwhile: no downtime.
 */
export const rotate = (stored: readonly StoredKey[], now: Date, overlapMs: number): StoredKey[] => {
  const retiresAt = new Date(now.getTime() + overlapMs).toISOString();
  return [
    ...stored.map((key) => (key.retiresAt !== undefined && key.retiresAt < retiresAt ? key : { ...key, retiresAt })),
    generateHostKey(now),
  ];
};
