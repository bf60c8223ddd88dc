import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import { ConversionRules } from './conversion-rules';
import { RegulationsForm } from './regulations-form';
import { SchoolSettingsPage } from './school-settings-page';

/** The school's study regulations and conversion rules, read and edited by its coordinators (and admins). */
export function RegulationsPage() {
  const { t } = useI18n();
  return (
    <SchoolSettingsPage
      titleId="rules-title"
      title={(school) => (school ? t('reg.rules.titleOf', { school }) : t('reg.rules.title'))}
      link={<Link to="/school/survey">{t('survey.edit.link')}</Link>}
    >
      {(current, school, saved) => (
        <>
          {!current.configured && <p className="notice">{t('reg.rules.defaults')}</p>}
          <RegulationsForm key={`${school}-${JSON.stringify(current.regulations)}`} school={school} regulations={current.regulations} onDone={saved} />
          <ConversionRules school={school} rules={current.conversionRules} onDone={saved} />
        </>
      )}
    </SchoolSettingsPage>
  );
}
