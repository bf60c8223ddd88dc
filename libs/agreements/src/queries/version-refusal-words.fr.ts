import type { VersionRefusalWords } from './version-refusal-words';

export const FRENCH_VERSION_REFUSALS: VersionRefusalWords = {
  noApprovedVersion: (mobilityId, version) => `le contrat d’études ${mobilityId} n’a pas de version approuvée ${version}`,
};
