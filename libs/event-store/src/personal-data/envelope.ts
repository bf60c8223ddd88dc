import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** A personal field as stored: AES-256-GCM under the subject's data key, bound to the key's id. */
export type Envelope = { $encrypted: { keyId: string; iv: string; tag: string; data: string } };

export interface DataKey {
  keyId: string;
  /** 32 bytes. */
  key: Buffer;
}

/** The ciphertext, its tag or its key id was changed after it was written: never read as data. */
export class TamperedPersonalDataError extends Error {
  constructor(keyId: string) {
    super(`personal data sealed under key ${keyId} fails its authentication tag: it was altered after it was recorded`);
    this.name = 'TamperedPersonalDataError';
  }
}

const ALGORITHM = 'aes-256-gcm';

export const newDataKey = (keyId: string): DataKey => ({ keyId, key: randomBytes(32) });

export const isEnvelope = (value: unknown): value is Envelope =>
  typeof value === 'object' &&
  value !== null &&
  '$encrypted' in value &&
  typeof (value as Envelope).$encrypted?.keyId === 'string';

/** Seals one JSON value; a fresh IV each time, so equal values give unequal envelopes. */
export function sealValue(value: unknown, { keyId, key }: DataKey): Envelope {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv).setAAD(Buffer.from(keyId));
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return {
    $encrypted: { keyId, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') },
  };
}

/** Opens an envelope with its key; a failed tag is a TamperedPersonalDataError, not a value. */
export function openValue({ $encrypted: sealed }: Envelope, key: Buffer): unknown {
  try {
    const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(sealed.iv, 'base64'))
      .setAAD(Buffer.from(sealed.keyId))
      .setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
    return JSON.parse(plain.toString('utf8'));
  } catch {
    throw new TamperedPersonalDataError(sealed.keyId);
  }
}
