import { FormEvent, useState } from 'react';
import type { StudyRegulations } from '../api/types';
import { useSend } from '../api/use-send';
import { FieldError, fieldProps } from '../components/field-error';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';

/** The fields with a message beside them; a refusal about any other is said above the form. */
const FIELDS = ['minimumWeeksAbroad.student', 'minimumWeeksAbroad.apprentice', 'lowCarbonTravel.maxDays'];
/** What a person typed as a whole number; anything else goes as typed, for the API to name the field. */
const whole = (typed: string): number | string => (/^\d+$/.test(typed.trim()) ? Number(typed) : typed);

/** The study regulations that frame the stay abroad (CTI-MOB-1, -5, -8; LA-PARTNERSHIP), edited as a whole. */
export function RegulationsForm({ school, regulations, onDone }: { school: string; regulations: StudyRegulations; onDone: (message: string) => Promise<void> }) {
  const { t } = useI18n();
  const { error, busy, send } = useSend();
  const [student, setStudent] = useState(String(regulations.minimumWeeksAbroad.student));
  const [apprentice, setApprentice] = useState(String(regulations.minimumWeeksAbroad.apprentice));
  const [counts, setCounts] = useState(regulations.lowCarbonTravel.counts);
  const [maxDays, setMaxDays] = useState(String(regulations.lowCarbonTravel.maxDays));
  const [preparatory, setPreparatory] = useState(regulations.preparatoryCycleCounts);
  const [partnershipCheck, setPartnershipCheck] = useState(regulations.partnershipCheck ?? false);
  const [surveyDuringStay, setSurveyDuringStay] = useState(regulations.surveyDuringStay ?? false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The PUT replaces the whole regulations: what the form does not show goes back as loaded.
    const body = {
      ...regulations,
      minimumWeeksAbroad: { student: whole(student), apprentice: whole(apprentice) },
      lowCarbonTravel: { counts, maxDays: whole(maxDays) },
      preparatoryCycleCounts: preparatory,
      partnershipCheck,
      surveyDuringStay,
    };
    await send('PUT', `/schools/${encodeURIComponent(school)}/regulations`, body, () => onDone(t('reg.rules.saved')));
  };
  return (
    <form onSubmit={submit} noValidate className="panel">
      <h2>{t('reg.rules.regulations')}</h2>
      <FormRefusal error={error} fields={FIELDS} />
      <fieldset>
        <legend>{t('reg.rules.minimumWeeks')}</legend>
        <label>
          {t('reg.rules.students')}
          <input inputMode="numeric" value={student} onChange={(event) => setStudent(event.target.value)} {...fieldProps(error, 'minimumWeeksAbroad.student', 'weeks-student-error')} />
          <FieldError id="weeks-student-error" error={error} field="minimumWeeksAbroad.student" />
        </label>
        <label>
          {t('reg.rules.apprentices')}
          <input inputMode="numeric" value={apprentice} onChange={(event) => setApprentice(event.target.value)} {...fieldProps(error, 'minimumWeeksAbroad.apprentice', 'weeks-apprentice-error')} />
          <FieldError id="weeks-apprentice-error" error={error} field="minimumWeeksAbroad.apprentice" />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('reg.rules.lowCarbon')}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={counts} onChange={(event) => setCounts(event.target.checked)} />
          {t('reg.rules.lowCarbonCounts')}
        </label>
        <label>
          {t('reg.rules.maxDays')}
          <input inputMode="numeric" value={maxDays} onChange={(event) => setMaxDays(event.target.value)} {...fieldProps(error, 'lowCarbonTravel.maxDays', 'max-days-error')} />
          <FieldError id="max-days-error" error={error} field="lowCarbonTravel.maxDays" />
        </label>
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={preparatory} onChange={(event) => setPreparatory(event.target.checked)} />
        {t('reg.rules.preparatory')}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={partnershipCheck} onChange={(event) => setPartnershipCheck(event.target.checked)} />
        {t('reg.rules.partnershipCheck')}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={surveyDuringStay} onChange={(event) => setSurveyDuringStay(event.target.checked)} />
        {t('reg.rules.surveyDuringStay')}
      </label>
      <div>
        <button type="submit" className="primary" disabled={busy}>{t('reg.rules.save')}</button>
      </div>
    </form>
  );
}
