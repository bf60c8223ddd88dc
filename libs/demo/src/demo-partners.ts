import { createHash } from 'node:crypto';
import { DEMO_PARTNERS, DEMO_SCHOOL } from './demo-identities';

/** A partner of the demo school, as its international office records it. */
export interface DemoPartner {
  heiId: string;
  name: string;
  country: string;
  /** The IIA's id on the school's side: one per partner and first academic year, so a later period is a new IIA, not a revision. */
  iiaIdFor: (firstAcademicYear: string) => string;
}

const iiaIdOf = (code: string) => (firstAcademicYear: string) => `insa-${code}-${firstAcademicYear.replace('/', '-')}`;

export const DEMO_PARTNER_INSTITUTIONS: readonly DemoPartner[] = [
  { heiId: DEMO_PARTNERS.warsaw, name: 'University of Warsaw', country: 'PL', iiaIdFor: iiaIdOf('uw') },
  { heiId: DEMO_PARTNERS.munich, name: 'Technical University of Munich', country: 'DE', iiaIdFor: iiaIdOf('tum') },
];

const studies = (sending: string, receiving: string, first: string, last: string, mobilitiesPerYear: number) => `
      <student-studies-mobility-spec>
        <sending-hei-id>${sending}</sending-hei-id>
        <receiving-hei-id>${receiving}</receiving-hei-id>
        <receiving-first-academic-year-id>${first}</receiving-first-academic-year-id>
        <receiving-last-academic-year-id>${last}</receiving-last-academic-year-id>
        <mobilities-per-year>${mobilitiesPerYear}</mobilities-per-year>
        <recommended-language-skill>
          <language>en</language>
          <cefr-level>B2</cefr-level>
        </recommended-language-skill>
        <total-months-per-year>10</total-months-per-year>
        <blended>false</blended>
        <eqf-level>7</eqf-level>
      </student-studies-mobility-spec>`;

/**
 * The IIA in effect between the demo school and a partner, as the partner's EWP node would
 * send it (iias-get-response, IIA v7): student studies both ways over the academic years
 * given, any subject area. Ten a year from the school, enough for the demo's cohort.
 */
export function demoIiaDocument(partner: DemoPartner, firstAcademicYear: string, lastAcademicYear: string): string {
  const conditions = demoConditions(partner, firstAcademicYear, lastAcademicYear);
  // EWP hashes the conditions' text: here, as written, which nothing downstream recomputes.
  const iiaHash = createHash('sha256').update(conditions).digest('hex');
  return `<?xml version="1.0" encoding="UTF-8"?>
<iias-get-response xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd">
  <iia>
    <partner>
      <hei-id>${DEMO_SCHOOL}</hei-id>
      <iia-id>${partner.iiaIdFor(firstAcademicYear)}</iia-id>
    </partner>
    <partner>
      <hei-id>${partner.heiId}</hei-id>
    </partner>
    <in-effect>true</in-effect>
    <cooperation-conditions>${conditions}
    </cooperation-conditions>
    <iia-hash>${iiaHash}</iia-hash>
  </iia>
</iias-get-response>
`;
}

/** The cooperation conditions of the demo IIA, the text its hash is taken of. */
const demoConditions = (partner: DemoPartner, first: string, last: string): string =>
  studies(DEMO_SCHOOL, partner.heiId, first, last, 10) + studies(partner.heiId, DEMO_SCHOOL, first, last, 2);
