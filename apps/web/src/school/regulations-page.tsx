import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { SchoolSettings } from '../api/types';
import { useApi } from '../api/use-api';
import { LoadedView } from '../components/loaded';
import { useI18n } from '../i18n/i18n';
import { useInstitutionNames } from '../institutions/institution-names';
import { ConversionRules } from './conversion-rules';
import { RegulationsForm } from './regulations-form';
import { SchoolPicker, useSchool } from './school-picker';

/** The school's study regulations and conversion rules, read and edited by its coordinators (and admins). */
export function RegulationsPage() {
  const { t } = useI18n();
  const { nameOf } = useInstitutionNames();
  const [picked, setPicked] = useState('');
  const { school, admin } = useSchool(picked);
  const settings = useApi<SchoolSettings>(school ? `/schools/${encodeURIComponent(school)}/regulations` : undefined);
  const [notice, setNotice] = useState<string>();
  const saved = async (message: string) => {
    setNotice(undefined);
    await settings.reload();
    setNotice(message);
  };
  return (
    <section aria-labelledby="rules-title">
      <h1 id="rules-title">{school ? t('reg.rules.titleOf', { school: nameOf(school) }) : t('reg.rules.title')}</h1>
      <p><Link to="/school/survey">{t('survey.edit.link')}</Link></p>
      {admin && <SchoolPicker value={picked} onChange={setPicked} />}
      <p className={notice ? 'success' : 'visually-hidden'} role="status" aria-live="polite" data-testid="notice">{notice}</p>
      {school && (
        <LoadedView loaded={settings}>
          {(current) => (
            <>
              {!current.configured && <p className="notice">{t('reg.rules.defaults')}</p>}
              <RegulationsForm key={`${school}-${JSON.stringify(current.regulations)}`} school={school} regulations={current.regulations} onDone={saved} />
              <ConversionRules school={school} rules={current.conversionRules} onDone={saved} />
            </>
          )}
        </LoadedView>
      )}
    </section>
  );
}
