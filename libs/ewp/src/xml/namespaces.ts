/** EWP namespaces. The LA ones still say stable-v1 on the stable-v2 branch, as upstream keeps them. */
export const NS = {
  las: 'https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints/get-response.xsd',
  lasUpdate: 'https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints/update-request.xsd',
  lasUpdateResponse: 'https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints/update-response.xsd',
  lasStats: 'https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints/stats-response.xsd',
  term: 'https://github.com/erasmus-without-paper/ewp-specs-types-academic-term/tree/stable-v2',
  common: 'https://github.com/erasmus-without-paper/ewp-specs-architecture/blob/stable-v1/common-types.xsd',
} as const;
