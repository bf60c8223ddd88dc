import { AuditEntry, auditTimelineCsv } from './audit-timeline.view';

const entry: AuditEntry = {
  revision: 11,
  type: 'AmendmentRejected',
  recordedAt: '2026-03-10T12:00:00.000Z',
  actor: { id: 'staff-anders', name: 'Anders Bardal', role: 'sending', institution: 'insa-lyon.fr' },
  version: null,
  proposalNumber: 2,
  contentHash: 'abc',
  hash: 'def',
  previousHash: 'ghi',
  sentence: 'Sending institution (insa-lyon.fr) rejected amendment 2: "KR630", sorry',
};

describe('audit timeline as CSV (RFC 4180)', () => {
  it('writes a header and one line per event, quoting what needs it', () => {
    expect(auditTimelineCsv([entry]).split('\r\n')).toEqual([
      'revision,recorded_at,event,actor_id,actor_name,actor_role,actor_institution,version,proposal_number,content_hash,hash,sentence',
      '11,2026-03-10T12:00:00.000Z,AmendmentRejected,staff-anders,Anders Bardal,sending,insa-lyon.fr,,2,abc,def,"Sending institution (insa-lyon.fr) rejected amendment 2: ""KR630"", sorry"',
      '',
    ]);
  });
});
