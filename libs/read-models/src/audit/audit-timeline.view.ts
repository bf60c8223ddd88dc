import { Row } from '../projection';
import type { TrailLanguage } from './audit-sentence';

/** One line of an agreement's audit trail. */
export interface AuditEntry {
  revision: number;
  type: string;
  recordedAt: string;
  /** `name` as the agreement knows the person (see `actorNamesOf`), null when it does not. */
  actor: { id: string | null; name: string | null; role: string | null; institution: string | null };
  version: number | null;
  proposalNumber: number | null;
  contentHash: string | null;
  hash: string | null;
  previousHash: string | null;
  sentence: string;
}

export interface AuditTimeline {
  mobilityId: string;
  entries: AuditEntry[];
}

/** One row of the trail, its sentence in the reader's language, its actor named when the agreement knows them. */
export const toAuditEntry = (row: Row, language: TrailLanguage = 'en', names: ReadonlyMap<string, string> = new Map()): AuditEntry => ({
  revision: Number(row.revision),
  type: String(row.event_type),
  recordedAt: String(row.recorded_at),
  actor: {
    id: text(row.actor_id),
    name: names.get(String(row.actor_id)) ?? null,
    role: text(row.actor_role),
    institution: text(row.actor_institution),
  },
  version: row.version === null ? null : Number(row.version),
  proposalNumber: row.proposal_number === null ? null : Number(row.proposal_number),
  contentHash: text(row.content_hash),
  hash: text(row.event_hash),
  previousHash: text(row.previous_hash),
  sentence: String(language === 'fr' ? row.sentence_fr : row.sentence),
});

const text = (value: Row[string]): string | null => (value === null || value === undefined ? null : String(value));

const CSV_COLUMNS: ReadonlyArray<[string, (entry: AuditEntry) => string | number | null]> = [
  ['revision', (e) => e.revision],
  ['recorded_at', (e) => e.recordedAt],
  ['event', (e) => e.type],
  ['actor_id', (e) => e.actor.id],
  ['actor_name', (e) => e.actor.name],
  ['actor_role', (e) => e.actor.role],
  ['actor_institution', (e) => e.actor.institution],
  ['version', (e) => e.version],
  ['proposal_number', (e) => e.proposalNumber],
  ['content_hash', (e) => e.contentHash],
  ['hash', (e) => e.hash],
  ['sentence', (e) => e.sentence],
];

/** RFC 4180: every field quoted when it holds a comma, a quote or a line break; CRLF line ends. */
export function auditTimelineCsv(entries: readonly AuditEntry[]): string {
  const field = (value: string | number | null) => {
    const raw = value === null ? '' : String(value);
    return /[",\r\n]/.test(raw) ? `"${raw.replace(/"/g, '""')}"` : raw;
  };
  const lines = [CSV_COLUMNS.map(([name]) => name), ...entries.map((entry) => CSV_COLUMNS.map(([, pick]) => field(pick(entry))))];
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
