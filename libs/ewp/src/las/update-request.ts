import { child, parseXml, text } from '../xml/xml-codec';
import { EwpSignature } from './la-document';
import { readSignature } from './la-xml';

/** An EWP `omobility-las-update-request`: the receiving HEI approves or comments on the current proposal. */
export type LaUpdateRequest = {
  sendingHeiId: string;
  omobilityId: string;
  changesProposalId: string;
  signature: EwpSignature;
} & ({ kind: 'approve' } | { kind: 'comment'; comment: string });

/** Reads an update request the schema has validated. */
export const readUpdateRequest = (xml: string): LaUpdateRequest => {
  const root = child(parseXml(xml), 'omobility-las-update-request');
  const approve = child(root, 'approve-proposal-v1');
  const update = approve ?? child(root, 'comment-proposal-v1')!;
  const common = {
    sendingHeiId: text(root, 'sending-hei-id') ?? '',
    omobilityId: text(update, 'omobility-id') ?? '',
    changesProposalId: text(update, 'changes-proposal-id') ?? '',
    // The schema requires the signature, of the same type as the agreement's own.
    signature: readSignature(child(update, 'signature'))!,
  };
  return approve ? { ...common, kind: 'approve' } : { ...common, kind: 'comment', comment: text(update, 'comment') ?? '' };
};
