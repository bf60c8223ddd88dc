import type { RecordedWork } from '../store/reaction-store';
import { digestsOf } from './digest';

const held = (key: string, address: string, year: string): RecordedWork => ({
  key,
  reaction: 'agreement-mail',
  reason: 'turn-to-sign',
  recipient: { id: 'sending:insa-lyon.fr', address, language: 'fr' },
  facts: { link: `/agreements/${key}`, sending: 'insa-lyon.fr', receiving: 'uw.edu.pl', receivingAcademicYear: year },
  status: 'held',
  attempts: 0,
  recordedAt: '2026-12-07T12:00:00.000Z',
  nextAttemptAt: '2026-12-07T12:00:00.000Z',
});

describe('the daily digest', () => {
  it('gathers each recipient’s held messages into one, keyed by recipient and day, each line with its subject and link', () => {
    const digests = digestsOf([held('a', 'Anders@example.com', '2025/2026'), held('b', 'anders@example.com', '2026/2027'), held('c', 'other@example.com', '2026/2027')], '2026-12-08', 'https://ledger.example.org');
    expect(digests.map(({ digest, gathered }) => [digest.key, gathered])).toEqual([
      [expect.stringMatching(/^digest:sending:insa-lyon\.fr:[0-9a-f]{12}:2026-12-08$/), ['a', 'b']],
      [expect.stringMatching(/^digest:sending:insa-lyon\.fr:[0-9a-f]{12}:2026-12-08$/), ['c']],
    ]);
    // The key names no address, and tells apart two mailboxes of one recipient the same day.
    expect(digests.map(({ digest }) => digest.key).filter((key) => key.includes('@'))).toEqual([]);
    expect(digests[0].digest.key).not.toBe(digests[1].digest.key);
    expect(digestsOf([held('a', 'anders@example.com', '2025/2026')], '2026-12-08', 'https://ledger.example.org')[0].digest.key).toBe(digests[0].digest.key);
    expect(digests[0].digest.facts.items).toEqual([
      "En attente de votre signature : le contrat d'études insa-lyon.fr → uw.edu.pl (2025/2026) (https://ledger.example.org/agreements/a)",
      "En attente de votre signature : le contrat d'études insa-lyon.fr → uw.edu.pl (2026/2027) (https://ledger.example.org/agreements/b)",
    ]);
  });
});
