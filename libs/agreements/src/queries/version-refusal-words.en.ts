import type { VersionRefusalWords } from './version-refusal-words';

export const ENGLISH_VERSION_REFUSALS: VersionRefusalWords = {
  noApprovedVersion: (mobilityId, version) => `agreement ${mobilityId} has no approved version ${version}`,
};
