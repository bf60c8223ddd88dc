import type { Agreement } from '../api/types';
import { useI18n } from '../i18n/i18n';

/** What the agreement page shows: a version approved, the draft being signed, or the open amendment. */
export type Shown = { kind: 'version'; number: number } | { kind: 'draft' } | { kind: 'proposal' };

export const defaultShown = (agreement: Agreement): Shown =>
  agreement.proposal ? { kind: 'proposal' } : agreement.versionInForce ? { kind: 'version', number: agreement.versionInForce.number } : { kind: 'draft' };

const keyOf = (shown: Shown) => (shown.kind === 'version' ? `version:${shown.number}` : shown.kind);
const shownOf = (key: string): Shown => (key.startsWith('version:') ? { kind: 'version', number: Number(key.slice(8)) } : { kind: key as 'draft' | 'proposal' });

export function VersionPicker({ agreement, shown, onChange }: { agreement: Agreement; shown: Shown; onChange: (shown: Shown) => void }) {
  const { t, date } = useI18n();
  const inForce = agreement.versionInForce?.number;
  return (
    <label className="version-picker">
      {t('agreement.versionPicker')}
      <select value={keyOf(shown)} onChange={(event) => onChange(shownOf(event.target.value))}>
        {agreement.proposal && <option value="proposal">{t('agreement.proposalShown')} ({agreement.proposal.number})</option>}
        {agreement.draft && <option value="draft">{t('agreement.draftShown')}</option>}
        {[...agreement.versions].reverse().map((version) => (
          <option key={version.number} value={`version:${version.number}`}>
            {version.number === inForce ? t('agreement.inForce', { n: version.number }) : `Version ${version.number}`} – {date(version.approvedAt)}
          </option>
        ))}
      </select>
    </label>
  );
}
