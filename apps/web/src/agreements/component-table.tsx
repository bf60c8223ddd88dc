import type { Change, Component, Table } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { creditTotals, formatCredits } from './credit-totals';
import { ReasonText } from './reason-text';

type Marked = Component & { mark?: 'inserted' | 'deleted'; reason?: Change['reason'] };

/**
 * One table of the agreement with its credit total. Given the changes of an amendment, the
 * rows it deletes stay in place struck through, the rows it inserts follow, each with its reason.
 */
export function ComponentTable({ table, components, changes = [] }: { table: Table; components: Component[]; changes?: Change[] }) {
  const { t, decimal } = useI18n();
  const own = changes.filter((change) => change.table === table);
  const rows: Marked[] = [
    ...components.map((component) => {
      const deleted = own.find((change) => change.op === 'delete' && change.code === component.code);
      return deleted ? { ...component, mark: 'deleted' as const, reason: deleted.reason } : component;
    }),
    ...own.flatMap((change) => (change.op === 'insert' ? [{ ...change.component, mark: 'inserted' as const, reason: change.reason }] : [])),
  ];
  const kept = rows.filter((row) => row.mark !== 'deleted');
  const headingId = `table-${table}`;
  return (
    <section className="component-table" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`table.${table}`)}</h3>
      {rows.length === 0 ? (
        <p className="empty">{t('table.empty')}</p>
      ) : (
        <table className="cards" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('table.code')}</th>
              <th scope="col">{t('table.component')}</th>
              <th scope="col">{t('table.term')}</th>
              <th scope="col" className="number">{t('table.credits')}</th>
              {own.length > 0 && <th scope="col">{t('amendment.reason')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.mark ?? 'kept'}-${row.code}`} className={row.mark}>
                <td data-label={t('table.code')}>
                  {row.mark && <span className="mark">{t(row.mark === 'inserted' ? 'amendment.inserted' : 'amendment.deleted')}: </span>}
                  {row.mark === 'deleted' ? <del>{row.code}</del> : row.mark === 'inserted' ? <ins>{row.code}</ins> : row.code}
                </td>
                <td data-label={t('table.component')}>
                  {row.title}
                  {row.recognitionConditions && <div className="hint">{t('table.conditions')}: {row.recognitionConditions}</div>}
                </td>
                <td data-label={t('table.term')}>{row.term ? `${row.term.number}/${row.term.of}` : '–'}</td>
                <td data-label={t('table.credits')} className="number">{formatCredits(row.credits, decimal)}</td>
                {own.length > 0 && <td data-label={t('amendment.reason')}>{row.reason && <ReasonText reason={row.reason} />}</td>}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>{t('common.total')}</th>
              <td className="number" data-label={t('common.total')} data-testid={`total-${table}`}>{formatCredits(creditTotals(kept), decimal)}</td>
              {own.length > 0 && <td />}
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
