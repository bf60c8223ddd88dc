import { NS } from '../xml/namespaces';
import { buildXml } from '../xml/xml-codec';
import type { LaUpdateRequest } from './update-request';

/** Writes an `omobility-las-update-request`, the inverse of readUpdateRequest: what the receiving HEI's host sends. */
export const writeUpdateRequest = (request: LaUpdateRequest): string => {
  const { signature } = request;
  const body = {
    'req:omobility-id': request.omobilityId,
    'req:changes-proposal-id': request.changesProposalId,
    ...(request.kind === 'comment' && { 'req:comment': request.comment }),
    'req:signature': {
      'la:signer-name': signature.signerName,
      'la:signer-position': signature.signerPosition,
      'la:signer-email': signature.signerEmail,
      'la:timestamp': signature.timestamp,
      'la:signer-app': signature.signerApp,
    },
  };
  return buildXml({
    'req:omobility-las-update-request': {
      '@xmlns:req': NS.lasUpdate,
      '@xmlns:la': NS.las,
      'req:sending-hei-id': request.sendingHeiId,
      [request.kind === 'approve' ? 'req:approve-proposal-v1' : 'req:comment-proposal-v1']: body,
    },
  });
};
