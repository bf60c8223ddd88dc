import '../components/work-forms.css';
import { FormEvent, ReactNode, useState } from 'react';
import type { ApiError } from '../api/client';
import { fieldMessages } from '../api/refusal-parts';
import { FieldMessages, invalidWhen } from '../components/field-messages';
import { FormRefusal } from '../components/form-refusal';
import { InstitutionName } from '../institutions/institution-name';
import { MessageKey } from '../i18n/dictionary';
import { useI18n } from '../i18n/i18n';
import { ComponentRows, ROW_FIELDS_SAID_ABOVE } from './component-rows';
import {
  academicYearOf, ACTIVITIES, CEFR_LEVELS, DRAFT_TABLES, DraftInput, EQF_LEVELS, MOBILITY_TYPES, STAYS, TRACKS,
} from './draft-input';
import type { HostOptions } from './host-options';
import { PartnerChoice } from './partner-choice';

const GENDERS = ['', '0', '1', '2', '9'];

/**
 * The content of a learning agreement as EWP carries it (CTI-LA-2): the student, both
 * institutions with their contact persons, the dates, the programme, and tables A, B and C.
 * The API checks it when saved; each refusal is shown beside its field.
 */
export function DraftForm({ initial, sendingFixed, hosts, busy, error, submitLabel, onSubmit }: {
  initial: DraftInput;
  /** Staff draft for their own school, a student for the school the ledger knows them by; else the student names it. */
  sendingFixed: boolean;
  /** What the host is picked among (useHostOptions). */
  hosts: HostOptions;
  busy: boolean;
  error?: ApiError;
  submitLabel: string;
  onSubmit: (input: DraftInput) => void;
}) {
  const { t } = useI18n();
  const [input, setInput] = useState(initial);
  const set = (next: Partial<DraftInput>) => setInput((current) => ({ ...current, ...next }));
  const shown = new Set<string>();
  /** A field's messages; the field's path is remembered, so that what no field shows is listed by the button. */
  const messagesOf = (path: string) => {
    shown.add(path);
    return fieldMessages(error, `content.${path}`);
  };
  const text = (path: string, label: MessageKey, value: string, onChange: (value: string) => void, extra: { type?: string; hint?: MessageKey; size?: number } = {}) => {
    const messages = messagesOf(path);
    const id = `draft-${path.replace(/\./g, '-')}`;
    const described = messages.length ? `${id}-error` : extra.hint ? `${id}-hint` : undefined;
    return (
      <label>
        {t(label)}
        <input type={extra.type ?? 'text'} size={extra.size} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={messages.length ? true : undefined} aria-describedby={described} />
        {extra.hint && <span id={`${id}-hint`} className="hint">{t(extra.hint)}</span>}
        <FieldMessages id={`${id}-error`} messages={messages} />
      </label>
    );
  };
  const choice = (path: string, label: MessageKey, value: string, options: readonly (string | number)[], optionLabel: (option: string) => string, onChange: (value: string) => void) => {
    const messages = messagesOf(path);
    const id = `draft-${path.replace(/\./g, '-')}-error`;
    return (
      <label>
        {t(label)}
        <select value={value} onChange={(event) => onChange(event.target.value)} {...invalidWhen(id, messages)}>
          {options.map(String).map((option) => <option key={option} value={option}>{optionLabel(option)}</option>)}
        </select>
        <FieldMessages id={id} messages={messages} />
      </label>
    );
  };
  const group = (legend: MessageKey, children: ReactNode) => (
    <fieldset className="draft-group">
      <legend>{t(legend)}</legend>
      <div className="row">{children}</div>
    </fieldset>
  );
  const student = (field: keyof DraftInput['student']) => (value: string) => set({ student: { ...input.student, [field]: value } });
  const startChanged = (plannedStart: string) =>
    set({ plannedStart, receivingAcademicYear: input.receivingAcademicYear || academicYearOf(plannedStart) });
  const thisYear = academicYearOf(new Date().toISOString().slice(0, 10));
  const first = Number(thisYear.slice(0, 4));
  const years = [...new Set([-1, 0, 1, 2].map((offset) => `${first + offset}/${first + offset + 1}`).concat(input.receivingAcademicYear ? [input.receivingAcademicYear] : []))].sort();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(input);
  };
  const body = (
    <>
      {group('draft.studentGroup', <>
        {text('student.givenNames', 'draft.givenNames', input.student.givenNames, student('givenNames'))}
        {text('student.familyName', 'draft.familyName', input.student.familyName, student('familyName'))}
        {text('student.email', 'draft.email', input.student.email, student('email'), { type: 'email' })}
        {text('student.globalId', 'draft.globalId', input.student.globalId, student('globalId'), { hint: 'draft.globalIdHint' })}
        {text('student.birthDate', 'draft.birthDate', input.student.birthDate, student('birthDate'), { type: 'date' })}
        {text('student.citizenship', 'draft.citizenship', input.student.citizenship, student('citizenship'), { hint: 'draft.citizenshipHint', size: 4 })}
        {choice('student.gender', 'draft.gender', input.student.gender, GENDERS, (option) => t(`draft.gender.${option || 'none'}` as MessageKey), student('gender'))}
      </>)}
      {group('draft.sendingGroup', <>
        {sendingFixed
          ? <p><strong>{t('draft.sendingSchool')}</strong>: <InstitutionName heiId={input.sendingHeiId} /></p>
          : text('sendingInstitution.heiId', 'draft.sendingCode', input.sendingHeiId, (sendingHeiId) => set({ sendingHeiId }), { hint: 'draft.schacHint' })}
        {text('sendingInstitution.organisationalUnit', 'draft.unit', input.sendingUnit, (sendingUnit) => set({ sendingUnit }))}
        {text('sendingInstitution.contactPerson.name', 'draft.contactName', input.sendingContact.name, (name) => set({ sendingContact: { ...input.sendingContact, name } }))}
        {text('sendingInstitution.contactPerson.email', 'draft.contactEmail', input.sendingContact.email, (email) => set({ sendingContact: { ...input.sendingContact, email } }), { type: 'email' })}
      </>)}
      {group('draft.receivingGroup', <>
        <PartnerChoice value={input.receivingHeiId} messages={messagesOf('receivingInstitution.heiId')} options={hosts} onChange={(receivingHeiId) => set({ receivingHeiId })} />
        {text('receivingInstitution.organisationalUnit', 'draft.unit', input.receivingUnit, (receivingUnit) => set({ receivingUnit }))}
        {text('receivingInstitution.contactPerson.name', 'draft.contactName', input.receivingContact.name, (name) => set({ receivingContact: { ...input.receivingContact, name } }))}
        {text('receivingInstitution.contactPerson.email', 'draft.contactEmail', input.receivingContact.email, (email) => set({ receivingContact: { ...input.receivingContact, email } }), { type: 'email' })}
      </>)}
      {group('draft.stayGroup', <>
        {text('plannedStart', 'draft.plannedStart', input.plannedStart, startChanged, { type: 'date' })}
        {text('plannedEnd', 'draft.plannedEnd', input.plannedEnd, (plannedEnd) => set({ plannedEnd }), { type: 'date' })}
        {choice('receivingAcademicYear', 'draft.academicYear', input.receivingAcademicYear, ['', ...years], (option) => option || t('draft.pickYear'), (receivingAcademicYear) => set({ receivingAcademicYear }))}
        {choice('mobilityType', 'draft.mobilityType', input.mobilityType, MOBILITY_TYPES, (option) => t(`draft.mobilityType.${option}` as MessageKey), (mobilityType) => set({ mobilityType }))}
        {choice('activity', 'draft.activity', input.activity, ACTIVITIES, (option) => t(`draft.activity.${option}` as MessageKey), (activity) => set({ activity }))}
        {choice('track', 'draft.track', input.track, TRACKS, (option) => t(`draft.track.${option}` as MessageKey), (track) => set({ track }))}
        {choice('stay', 'draft.stay', input.stay, STAYS, (option) => t(`draft.stay.${option}` as MessageKey), (stay) => set({ stay }))}
      </>)}
      {group('draft.programmeGroup', <>
        {text('iscedFCode', 'draft.isced', input.iscedFCode, (iscedFCode) => set({ iscedFCode }), { hint: 'draft.iscedHint', size: 6 })}
        {choice('eqfLevel', 'draft.eqf', input.eqfLevel, EQF_LEVELS, (option) => t('draft.eqfLevel', { level: option }), (eqfLevel) => set({ eqfLevel }))}
        {text('languageSkill.language', 'draft.language', input.language, (language) => set({ language }), { hint: 'draft.languageHint', size: 4 })}
        {choice('languageSkill.cefrLevel', 'draft.cefr', input.cefrLevel, CEFR_LEVELS, (option) => option, (cefrLevel) => set({ cefrLevel }))}
      </>)}
      {DRAFT_TABLES.map((table) => {
        input.tables[table].forEach((_, index) => ['code', 'title', 'credits', ...ROW_FIELDS_SAID_ABOVE].forEach((field) => shown.add(`${table}.${index}.${field}`)));
        return <ComponentRows key={table} table={table} rows={input.tables[table]} error={error} onChange={(rows) => set({ tables: { ...input.tables, [table]: rows } })} />;
      })}
    </>
  );
  // Computed after every field above took its messages: what is left, and a refusal naming no field, is said by the button.
  const unshown = (error?.fields ?? []).filter((field) => ![...shown].some((path) => field.field === `content.${path}` || field.field.startsWith(`content.${path}.`)));
  return (
    <form className="draft-form" onSubmit={submit} noValidate>
      {body}
      <FormRefusal error={error} fields={[...shown].map((path) => `content.${path}`)} />
      {unshown.length > 0 && (
        <ul className="field-error" role="alert">
          {unshown.map((field) => <li key={field.field}>{field.field}: {field.messages.join('; ')}</li>)}
        </ul>
      )}
      <button type="submit" className="primary" disabled={busy}>{submitLabel}</button>
    </form>
  );
}
