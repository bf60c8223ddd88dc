import type { EwpRefusalWords } from './ewp-refusal-words';

export const ENGLISH_EWP_REFUSALS: EwpRefusalWords = {
  draftNotPublishable: (omobilityId) => `the draft of mobility ${omobilityId} awaits the student's and the sending institution's signatures`,
  noRegistryHost: (heiId, api) => `no host in the Registry catalogue covers ${heiId} with the ${api} API`,
  noRegistryEndpoint: (api, heiId, endpoint) => `the ${api} API of ${heiId}'s host has no ${endpoint} in the Registry catalogue`,
};
