import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PartnerProposals } from './partner-proposals';

describe('the proposal ids of partner agreements as last fetched', () => {
  it('creates nothing to be read, reads the file once, and keeps what it records across a restart', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ewp-proposals-')), 'ewp');
    const proposals = new PartnerProposals(dir);
    expect(proposals.of('m-1')).toBeUndefined();
    expect(existsSync(dir)).toBe(false);
    proposals.record({ 'm-1': 'A'.repeat(64), 'm-2': null });
    // Written by no one else: what is kept in memory answers.
    writeFileSync(join(dir, 'partner-proposals.json'), '{}');
    expect(proposals.of('m-1')).toBe('A'.repeat(64));
    proposals.record({ 'm-2': 'B'.repeat(64) });
    const reopened = new PartnerProposals(dir);
    expect([reopened.of('m-1'), reopened.of('m-2')]).toEqual(['A'.repeat(64), 'B'.repeat(64)]);
  });
});
