import type { EwpRefusalWords, StaleImport } from './ewp-refusal-words';

const STALE: Record<StaleImport, (proposal?: number) => string> = {
  'draft-deleted': () => 'the draft was deleted here',
  'first-version-differs': () => 'the first version differs from the one recorded',
  'draft-differs': () => 'the draft being signed here has another content',
  'later-version-in-force': () => 'a later version is already in force',
  'proposal-differs': (proposal) => `proposal ${proposal} is open here with another content`,
};

const STALE_COPY = 'Your copy of the Learning Agreement is not up-to-date. Please refresh your copy from our servers and repeat your request.';

export const ENGLISH_EWP_REFUSALS: EwpRefusalWords = {
  draftNotPublishable: (omobilityId) => `the draft of mobility ${omobilityId} awaits the student's and the sending institution's signatures`,
  noRegistryHost: (heiId, api) => `no host in the Registry catalogue covers ${heiId} with the ${api} API`,
  noRegistryEndpoint: (api, heiId, endpoint) => `the ${api} API of ${heiId}'s host has no ${endpoint} in the Registry catalogue`,
  notExchangeable: (omobilityId, gaps) => `mobility ${omobilityId} cannot go over EWP yet. ${gaps}`,
  xmlBodyMissing: () => 'send the EWP document as the request body with Content-Type: application/xml',
  doctypeDeclared: () => 'the document declares a DOCTYPE; EWP documents have none, send it without',
  documentInvalid: (kind, problems) => `the ${kind} document does not validate: ${problems}`,
  transcriptLineUnnamed: (omobilityId) => `a learning opportunity of the transcript of ${omobilityId} names no course or no credits`,
  notStaffToImport: (role, id, heiIds, omobilityId) => `${role} ${id} is not staff of ${heiIds.join(' or ')} and cannot import mobility ${omobilityId}`,
  importStale: (mobilityId, why, proposal) => `the document for mobility ${mobilityId} does not continue the recorded history: ${STALE[why](proposal)}`,
  importHoldsNothing: (mobilityId) => `the document for mobility ${mobilityId} has neither a first version nor a proposal`,
  noAgreementSentBy: (mobilityId, sendingHeiId) => `no learning agreement ${mobilityId} sent by ${sendingHeiId}`,
  staleCopy: () => STALE_COPY,
  notTheCurrentProposal: (named, current) => `changes proposal ${named} is not the current one (${current ?? 'none is open'}). ${STALE_COPY}`,
  notSentToUs: (omobilityId, sendingHeiId) => `mobility ${omobilityId} is not sent by ${sendingHeiId} to a HEI this host serves`,
};
