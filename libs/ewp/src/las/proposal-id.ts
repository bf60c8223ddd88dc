import { createHash } from 'node:crypto';
import { canonicalJson } from '@app/domain';
import type { EwpComponentLists, EwpStudent } from './la-document';

/**
 * EWP's `changes-proposal` id: it "MUST change if and only if the changes proposal content
 * changes". A sha256 over the canonical JSON of what the element shows, signatures left
 * out so that a signature added to the same content keeps the id the partner read.
 */
export const proposalId = (omobilityId: string, tables: EwpComponentLists['tables'], student?: EwpStudent): string =>
  createHash('sha256')
    .update(canonicalJson({ omobilityId, tables, student }), 'utf8')
    .digest('hex')
    .toUpperCase();
