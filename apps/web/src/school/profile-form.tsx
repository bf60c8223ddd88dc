import { FormEvent, useState } from 'react';
import type { StudentRecord } from '../api/types';
import { useSend } from '../api/use-send';
import { FieldError, fieldProps } from '../components/field-error';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';
import { CountrySelect } from '../institutions/country-select';

type Profile = NonNullable<StudentRecord['profile']>;
/** The fields with a message beside them; a refusal about any other is said above the form. */
const FIELDS = ['nationality', 'secondaryDiplomaCountry', 'expectedGraduationYear', 'cohort'];

/** The profile that decides the CTI-MOB-2 exemption and the track's minimum, recorded by the student's school. */
export function ProfileForm({ studentId, profile, school, onDone }: { studentId: string; profile?: Profile; school: string; onDone: (message: string) => Promise<void> }) {
  const { t } = useI18n();
  const { error, busy, send } = useSend();
  const [nationality, setNationality] = useState(profile?.nationality ?? '');
  const [diplomaCountry, setDiplomaCountry] = useState(profile?.secondaryDiplomaCountry ?? '');
  const [diploma, setDiploma] = useState<Profile['secondaryDiploma']>(profile?.secondaryDiploma ?? 'french-baccalaureate');
  const [cameToStudy, setCameToStudy] = useState(profile?.cameToFranceToStudy ?? false);
  const [track, setTrack] = useState<Profile['track']>(profile?.track ?? 'student');
  const [graduation, setGraduation] = useState(String(profile?.expectedGraduationYear ?? ''));
  const [cohort, setCohort] = useState(profile?.cohort ?? '');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      nationality,
      secondaryDiplomaCountry: diplomaCountry,
      secondaryDiploma: diploma,
      cameToFranceToStudy: cameToStudy,
      track,
      schoolId: profile?.schoolId ?? school,
      expectedGraduationYear: /^\d+$/.test(graduation.trim()) ? Number(graduation) : graduation,
      ...(cohort.trim() && { cohort: cohort.trim() }),
    };
    await send('PUT', `/students/${encodeURIComponent(studentId)}/profile`, body, () => onDone(t('reg.profile.saved')));
  };
  return (
    <details>
      <summary>{profile ? t('reg.profile.edit') : t('reg.profile.record')}</summary>
      <form onSubmit={submit} noValidate className="row">
        <FormRefusal error={error} fields={FIELDS} />
        <label>
          {t('reg.profile.nationality')}
          <CountrySelect value={nationality} onChange={setNationality} empty={t('reg.common.pick')} {...fieldProps(error, 'nationality', 'profile-nationality-error')} />
          <FieldError id="profile-nationality-error" error={error} field="nationality" />
        </label>
        <label>
          {t('reg.profile.diploma')}
          <select value={diploma} onChange={(event) => setDiploma(event.target.value as Profile['secondaryDiploma'])}>
            <option value="french-baccalaureate">{t('reg.profile.baccalaureate')}</option>
            <option value="foreign">{t('reg.profile.foreignDiploma')}</option>
          </select>
        </label>
        <label>
          {t('reg.profile.diplomaCountry')}
          <CountrySelect value={diplomaCountry} onChange={setDiplomaCountry} empty={t('reg.common.pick')} {...fieldProps(error, 'secondaryDiplomaCountry', 'profile-diploma-error')} />
          <FieldError id="profile-diploma-error" error={error} field="secondaryDiplomaCountry" />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={cameToStudy} onChange={(event) => setCameToStudy(event.target.checked)} />
          {t('reg.profile.cameToStudy')}
        </label>
        <label>
          {t('reg.profile.track')}
          <select value={track} onChange={(event) => setTrack(event.target.value as Profile['track'])}>
            <option value="student">{t('reg.track.student')}</option>
            <option value="apprentice">{t('reg.track.apprentice')}</option>
          </select>
        </label>
        <label>
          {t('reg.profile.graduation')}
          <input inputMode="numeric" value={graduation} onChange={(event) => setGraduation(event.target.value)} {...fieldProps(error, 'expectedGraduationYear', 'profile-graduation-error')} />
          <FieldError id="profile-graduation-error" error={error} field="expectedGraduationYear" />
        </label>
        <label>
          {t('reg.profile.cohort')}
          <input value={cohort} onChange={(event) => setCohort(event.target.value)} {...fieldProps(error, 'cohort', 'profile-cohort-error')} />
          <FieldError id="profile-cohort-error" error={error} field="cohort" />
        </label>
        <div>
          <button type="submit" className="primary" disabled={busy}>{t('reg.profile.submit')}</button>
        </div>
      </form>
    </details>
  );
}
