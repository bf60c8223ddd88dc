import { FormEvent, useState } from 'react';
import { ApiError, post } from '../api/client';
import type { Change, Content, Table } from '../api/types';
import { asApiError } from '../api/use-api';
import { FieldError, fieldProps as describedBy } from '../components/field-error';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';
import { decimalInput } from './credit-totals';
import { ReasonText } from './reason-text';

const DELETE_REASONS = ['not-available', 'language-mismatch', 'timetable-conflict'] as const;
const INSERT_REASONS = ['substituting-deleted', 'extending-mobility', 'adding-virtual-component'] as const;
const TABLES: Table[] = ['studiedAbroad', 'recognisedAtHome', 'virtual'];

/** Propose an amendment to the version in force (CTI-LA-3): one component out, one in, each with its EWP reason. */
export function AmendmentForm({ mobilityId, version, content, onDone }: { mobilityId: string; version: number; content: Content; onDone: (message: string) => Promise<void> | void }) {
  const { t } = useI18n();
  const [deleted, setDeleted] = useState('');
  const [deleteReason, setDeleteReason] = useState<(typeof DELETE_REASONS)[number]>(DELETE_REASONS[0]);
  const [table, setTable] = useState<Table>('studiedAbroad');
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [ects, setEcts] = useState('');
  const [insertReason, setInsertReason] = useState<(typeof INSERT_REASONS)[number]>(INSERT_REASONS[0]);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const [deletedTable, deletedCode] = deleted ? (deleted.split(':') as [Table, string]) : [];
  const inserting = Boolean(code || title || ects);
  const changes: Change[] = [
    ...(deletedTable && deletedCode ? [{ op: 'delete' as const, table: deletedTable, code: deletedCode, reason: deleteReason }] : []),
    ...(inserting ? [{ op: 'insert' as const, table, reason: insertReason, component: { code, title, credits: [{ scheme: 'ects', value: decimalInput(ects) }] } }] : []),
  ];
  const insertAt = deleted ? 1 : 0;
  // The API names a refusal by the change that caused it (`changes.N.…`): each is said beside its line, the rest above the form.
  const deleteFields = deleted ? ['changes.0'] : [];
  const insertFields = ['table', 'reason', 'component.code', 'component.title', 'component.credits'].map((field) => `changes.${insertAt}.${field}`);
  const fieldProps = (field: string) => {
    const messages = error?.forField(`changes.${insertAt}.component.${field}`) ?? [];
    return { 'aria-invalid': messages.length ? true : undefined, 'aria-describedby': messages.length ? `insert-${field}-error` : undefined };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (changes.length === 0) return setError(new ApiError(400, t('amendment.nothing')));
    setBusy(true);
    setError(undefined);
    try {
      await post(`/agreements/${mobilityId}/amendments`, { changes, baseVersion: version });
      await onDone(t('amendment.proposed'));
    } catch (refused) {
      setError(asApiError(refused));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="amendment-form">
      <summary>{t('amendment.propose')}</summary>
      <form onSubmit={submit} noValidate>
        <p className="hint">{t('amendment.proposeIntro', { n: version })}</p>
        <FormRefusal error={error} fields={inserting ? [...deleteFields, ...insertFields] : deleteFields} />
        <div className="row">
          <label>
            {t('amendment.deleteComponent')}
            <select value={deleted} onChange={(event) => setDeleted(event.target.value)} {...(deleted ? describedBy(error, 'changes.0', 'delete-error') : {})}>
              <option value="">{t('amendment.none')}</option>
              {TABLES.flatMap((from) => content[from].map((component) => (
                <option key={`${from}:${component.code}`} value={`${from}:${component.code}`}>{component.code} – {component.title}</option>
              )))}
            </select>
          </label>
          <label>
            {t('amendment.deleteReason')}
            <select value={deleteReason} onChange={(event) => setDeleteReason(event.target.value as (typeof DELETE_REASONS)[number])} disabled={!deleted}>
              {DELETE_REASONS.map((reason) => <option key={reason} value={reason}><ReasonText reason={reason} /></option>)}
            </select>
          </label>
          {deleted && <FieldError id="delete-error" error={error} field="changes.0" />}
        </div>
        <div className="row">
          <label>
            {t('amendment.insertTable')}
            <select value={table} onChange={(event) => setTable(event.target.value as Table)}>
              {TABLES.map((option) => <option key={option} value={option}>{t(`table.${option}`)}</option>)}
            </select>
            <FieldError id="insert-table-error" error={error} field={`changes.${insertAt}.table`} />
          </label>
          <label>
            {t('amendment.insertCode')}
            <input value={code} onChange={(event) => setCode(event.target.value)} {...fieldProps('code')} />
            <FieldError id="insert-code-error" error={error} field={`changes.${insertAt}.component.code`} />
          </label>
          <label>
            {t('amendment.insertTitle')}
            <input value={title} onChange={(event) => setTitle(event.target.value)} {...fieldProps('title')} />
            <FieldError id="insert-title-error" error={error} field={`changes.${insertAt}.component.title`} />
          </label>
          <label>
            {t('amendment.insertEcts')}
            <input value={ects} inputMode="decimal" onChange={(event) => setEcts(event.target.value)} {...fieldProps('credits')} />
            <FieldError id="insert-credits-error" error={error} field={`changes.${insertAt}.component.credits`} />
          </label>
          <label>
            {t('amendment.insertReason')}
            <select value={insertReason} onChange={(event) => setInsertReason(event.target.value as (typeof INSERT_REASONS)[number])}>
              {INSERT_REASONS.map((reason) => <option key={reason} value={reason}><ReasonText reason={reason} /></option>)}
            </select>
            <FieldError id="insert-reason-error" error={error} field={`changes.${insertAt}.reason`} />
          </label>
        </div>
        <button type="submit" className="primary" disabled={busy}>{t('amendment.submit')}</button>
      </form>
    </details>
  );
}
