import type { ApiError } from '../api/client';
import { fieldMessages } from '../api/refusal-parts';
import { FieldMessages, invalidWhen } from '../components/field-messages';
import { useI18n } from '../i18n/i18n';
import { CREDIT_SCHEMES, schemeLabel } from '../recognition/transcript-lines';
import { blankComponent, ComponentInput, DraftTable } from './draft-input';

const TERMS = ['', '1/1', '1/2', '2/2', '1/3', '2/3', '3/3'];
/** Fields of a row the API may refuse (LA-CONTENT) that have no message of their own beside them: said above the row. */
export const ROW_FIELDS_SAID_ABOVE = ['term', 'recognitionConditions'];

/** One table of the agreement (A, B or C) as rows to fill in, each a card on a phone. */
export function ComponentRows({ table, rows, error, onChange }: { table: DraftTable; rows: ComponentInput[]; error?: ApiError; onChange: (rows: ComponentInput[]) => void }) {
  const { t } = useI18n();
  const set = (key: number, next: Partial<ComponentInput>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...next } : row)));
  const termLabel = (term: string) => (term ? t('draft.term', { number: term.split('/')[0], of: term.split('/')[1] }) : t('draft.noTerm'));
  return (
    <fieldset className="table-rows" data-testid={`rows-${table}`}>
      <legend>{t(`table.${table}`)}</legend>
      {rows.length === 0 && <p className="empty">{t('draft.noRow')}</p>}
      {rows.map((row, index) => {
        const id = (field: string) => `${table}-${row.key}-${field}`;
        const path = (field: string) => `content.${table}.${index}.${field}`;
        const codeMessages = fieldMessages(error, path('code'));
        const titleMessages = fieldMessages(error, path('title'));
        // The 400 of a credit's value and LA-CREDITS, which names the row's credits.
        const creditMessages = fieldMessages(error, path('credits'));
        const rowMessages = ROW_FIELDS_SAID_ABOVE.flatMap((field) => fieldMessages(error, path(field)));
        return (
          <div className="line-card" key={row.key} data-testid={`row-${table}-${index}`}>
            <FieldMessages id={id('row-error')} messages={rowMessages} />
            <div className="row">
              <label>
                {t('table.code')}
                <input value={row.code} size={10} onChange={(event) => set(row.key, { code: event.target.value })} {...invalidWhen(id('code-error'), codeMessages)} />
                <FieldMessages id={id('code-error')} messages={codeMessages} />
              </label>
              <label className="wide">
                {t('draft.componentTitle')}
                <input value={row.title} onChange={(event) => set(row.key, { title: event.target.value })} {...invalidWhen(id('title-error'), titleMessages)} />
                <FieldMessages id={id('title-error')} messages={titleMessages} />
              </label>
              <label>
                {t('draft.credits')}
                <input value={row.value} inputMode="decimal" size={6} onChange={(event) => set(row.key, { value: event.target.value })} {...invalidWhen(id('credits-error'), creditMessages)} />
                <FieldMessages id={id('credits-error')} messages={creditMessages} />
              </label>
              <label>
                {t('transcript.scheme')}
                <select value={row.scheme} onChange={(event) => set(row.key, { scheme: event.target.value })}>
                  {[...new Set([...CREDIT_SCHEMES, row.scheme])].map((scheme) => <option key={scheme} value={scheme}>{schemeLabel(t, scheme)}</option>)}
                </select>
              </label>
              <label>
                {t('draft.termLabel')}
                <select value={row.term} onChange={(event) => set(row.key, { term: event.target.value })}>
                  {[...new Set([...TERMS, row.term])].map((term) => <option key={term} value={term}>{termLabel(term)}</option>)}
                </select>
              </label>
            </div>
            <button type="button" onClick={() => onChange(rows.filter((candidate) => candidate.key !== row.key))}>
              {t('draft.removeRow', { table: t(`table.${table}`), n: index + 1 })}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...rows, blankComponent()])}>{t('draft.addRow', { table: t(`table.${table}`) })}</button>
    </fieldset>
  );
}
