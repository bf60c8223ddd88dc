import type { AgreementFacts } from '@app/read-models';
import { laStatsByYear } from './la-stats';

const facts = (year: string, more: Partial<AgreementFacts>): AgreementFacts =>
  ({ status: 'approved', receivingAcademicYear: year, approved: true, modifiedAfterApproval: false, latestVersion: 'approved', ...more }) as AgreementFacts;

describe('EWP stats of outgoing learning agreements per academic year', () => {
  it('counts as omobility-las stats-response defines, leaving deleted drafts out', () => {
    const stats = laStatsByYear([
      facts('2025/2026', {}),
      facts('2025/2026', { modifiedAfterApproval: true, status: 'amendment-proposed', latestVersion: 'awaiting' }),
      facts('2025/2026', { approved: false, status: 'draft', latestVersion: 'rejected' }),
      facts('2025/2026', { approved: false, status: 'deleted', latestVersion: 'awaiting' }),
      facts('2024/2025', { approved: false, status: 'signing', latestVersion: 'awaiting' }),
    ]);
    expect(stats).toEqual([
      { receivingAcademicYearId: '2024/2025', total: 1, notModifiedAfterApproval: 0, modifiedAfterApproval: 0, latestVersionApproved: 0, latestVersionRejected: 0, latestVersionAwaiting: 1 },
      { receivingAcademicYearId: '2025/2026', total: 3, notModifiedAfterApproval: 1, modifiedAfterApproval: 1, latestVersionApproved: 1, latestVersionRejected: 1, latestVersionAwaiting: 1 },
    ]);
  });
});
