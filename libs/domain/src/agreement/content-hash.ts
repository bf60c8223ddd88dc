import { createHash, createHmac } from 'node:crypto';
import { STUDENT_PERSONAL_FIELDS } from '../personal-data/personal-fields';
import { AgreementContent } from './agreement.content';
import { canonicalJson } from './canonical-json';

/**
 * How a version's content hash was computed (CTI-LA-4), recorded beside it from scheme 2 on.
 * - 1 (not recorded): sha256 over the canonical JSON of the content as it reads. Versions hashed
 *   so before scheme 2 keep their hash: a hash is never recomputed into another.
 * - 2: the same, with the student's names, email and birth date each replaced by a commitment,
 *   HMAC-SHA256 under the student's content-hash key. The key is derived from the student's data
 *   key and goes with it at an erasure: from then on, no guess of those fields can be tested
 *   against the hash; until then the ledger recomputes it from the content as before.
 */
export type ContentHashScheme = 1 | 2;

/** Scheme 2's secret for one student: 32 bytes in lowercase hex, looked up by the handler and never recorded. */
export type ContentHashKey = string;

const KEY = /^[0-9a-f]{64}$/;

const commitment = (key: ContentHashKey, field: string, value: unknown): string =>
  `hmac-sha256:${createHmac('sha256', Buffer.from(key, 'hex')).update(canonicalJson([field, value]), 'utf8').digest('hex')}`;

/** The content as scheme 2 hashes it: each personal field of the student replaced by its commitment. */
function committed(content: AgreementContent, key: ContentHashKey): AgreementContent {
  // A malformed key would be read as an empty HMAC key: commitments anyone could recompute.
  if (!KEY.test(key)) throw new TypeError('contentHash: a content-hash key is 32 bytes in lowercase hex');
  if (!content.student) return content;
  const student: Record<string, unknown> = { ...content.student };
  for (const field of STUDENT_PERSONAL_FIELDS) {
    if (student[field] !== undefined) student[field] = commitment(key, field, student[field]);
  }
  return { ...content, student: student as AgreementContent['student'] };
}

/**
 * CTI-LA-4: a signature names the hash of the exact content it approves, sha256 over the
 * canonical JSON as lowercase hex. With the student's content-hash key, scheme 2; without, scheme 1.
 */
export const contentHash = (content: AgreementContent, key?: ContentHashKey): string =>
  createHash('sha256')
    .update(canonicalJson(key === undefined ? content : committed(content, key)), 'utf8')
    .digest('hex');

/** A new version's hash as events record it: the hash, and its scheme when it is keyed. */
export const hashedContent = (content: AgreementContent, key?: ContentHashKey): { contentHash: string; contentHashScheme?: 2 } => ({
  contentHash: contentHash(content, key),
  ...(key !== undefined && { contentHashScheme: 2 as const }),
});

/**
 * A recorded version's hash computed again from its content, by the version's scheme; undefined
 * when it is scheme 2 and the student's key is not at hand (erased), since nothing else can.
 */
export const recomputedContentHash = (
  version: { content: AgreementContent; contentHashScheme?: ContentHashScheme },
  key?: ContentHashKey,
): string | undefined =>
  version.contentHashScheme === 2 ? (key === undefined ? undefined : contentHash(version.content, key)) : contentHash(version.content);

/** Two contents the hash would not tell apart, whatever its scheme: the same canonical JSON. */
export const sameContent = (a: AgreementContent, b: AgreementContent): boolean => canonicalJson(a) === canonicalJson(b);
