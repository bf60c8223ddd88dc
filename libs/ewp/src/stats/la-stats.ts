import type { AgreementFacts } from '@app/read-models';
import { NS } from '../xml/namespaces';
import { buildXml } from '../xml/xml-codec';

/** EWP's `academic-year-la-stats` counters of one academic year. */
export type AcademicYearLaStats = {
  receivingAcademicYearId: string;
  total: number;
  notModifiedAfterApproval: number;
  modifiedAfterApproval: number;
  latestVersionApproved: number;
  latestVersionRejected: number;
  latestVersionAwaiting: number;
};

const live = (facts: AgreementFacts) => facts.status !== 'deleted' && facts.status !== 'none' && facts.receivingAcademicYear !== null;

/** The counters of the outgoing agreements, per receiving academic year, as the stats endpoint of omobility-las defines them. */
export const laStatsByYear = (agreements: readonly AgreementFacts[]): AcademicYearLaStats[] => {
  const years = new Map<string, AgreementFacts[]>();
  for (const facts of agreements.filter(live)) {
    years.set(facts.receivingAcademicYear!, [...(years.get(facts.receivingAcademicYear!) ?? []), facts]);
  }
  return [...years.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, ofYear]) => {
      const count = (test: (facts: AgreementFacts) => boolean) => ofYear.filter(test).length;
      return {
        receivingAcademicYearId: year,
        total: ofYear.length,
        notModifiedAfterApproval: count((facts) => facts.approved && !facts.modifiedAfterApproval),
        modifiedAfterApproval: count((facts) => facts.modifiedAfterApproval),
        latestVersionApproved: count((facts) => facts.latestVersion === 'approved'),
        latestVersionRejected: count((facts) => facts.latestVersion === 'rejected'),
        latestVersionAwaiting: count((facts) => facts.latestVersion === 'awaiting'),
      };
    });
};

export const laStatsXml = (stats: readonly AcademicYearLaStats[]): string =>
  buildXml({
    'las-outgoing-stats-response': {
      '@xmlns': NS.lasStats,
      'academic-year-la-stats': stats.map((year) => ({
        'receiving-academic-year-id': year.receivingAcademicYearId,
        'la-outgoing-total': String(year.total),
        'la-outgoing-not-modified-after-approval': String(year.notModifiedAfterApproval),
        'la-outgoing-modified-after-approval': String(year.modifiedAfterApproval),
        'la-outgoing-latest-version-approved': String(year.latestVersionApproved),
        'la-outgoing-latest-version-rejected': String(year.latestVersionRejected),
        'la-outgoing-latest-version-awaiting': String(year.latestVersionAwaiting),
      })),
    },
  });
