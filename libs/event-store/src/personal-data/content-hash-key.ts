import { hkdfSync } from 'node:crypto';
import { DataKey } from './envelope';

/** Says what the derived key is for, so that it equals neither the data key nor any other key derived from it. */
const PURPOSE = 'mobility-ledger/content-hash-commitments/v1';

/**
 * The secret under which an agreement's content hash commits to the subject's personal fields
 * (the domain's scheme 2): HKDF-SHA256 of their data key, as lowercase hex. Never stored: it is
 * derived again whenever it is needed, so it is gone when the data key is.
 */
export const contentHashKeyOf = ({ keyId, key }: DataKey): string =>
  Buffer.from(hkdfSync('sha256', key, Buffer.from(keyId), PURPOSE, 32)).toString('hex');
