import { createHash } from 'node:crypto';
import { AgreementContent } from './agreement.content';
import { canonicalJson } from './canonical-json';

/**
 * CTI-LA-4: a signature names the hash of the exact content it approves. sha256 over the
 * canonical JSON, as lowercase hex, so any party (or auditor) can recompute it.
 */
export const contentHash = (content: AgreementContent): string =>
  createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
