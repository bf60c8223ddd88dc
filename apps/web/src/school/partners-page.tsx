import { useState } from 'react';
import type { PartnershipsAnswer } from '../api/types';
import { useApi } from '../api/use-api';
import { LoadedView } from '../components/loaded';
import { useI18n } from '../i18n/i18n';
import { refreshInstitutions, useInstitutionNames } from '../institutions/institution-names';
import { InstitutionName } from '../institutions/institution-name';
import { PartnerForm } from './partner-form';
import { SchoolPicker, useSchool } from './school-picker';

/** The school's partners and inter-institutional agreements, and the form that records a partner. */
export function PartnersPage() {
  const { t } = useI18n();
  const { nameOf } = useInstitutionNames();
  const [picked, setPicked] = useState('');
  const { school, admin } = useSchool(picked);
  // Staff read their own institution's partnerships; an admin reads all of them and sees the school picked.
  const loaded = useApi<PartnershipsAnswer>('/partnerships');
  const [notice, setNotice] = useState<string>();
  const recorded = async (message: string) => {
    setNotice(undefined);
    await Promise.all([loaded.reload(), refreshInstitutions()]);
    setNotice(message);
  };
  return (
    <section aria-labelledby="partners-title">
      <h1 id="partners-title">{school ? t('reg.partners.titleOf', { school: nameOf(school) }) : t('reg.partners.title')}</h1>
      {admin && <SchoolPicker value={picked} onChange={setPicked} />}
      <p className={notice ? 'success' : 'visually-hidden'} role="status" aria-live="polite" data-testid="notice">{notice}</p>
      {school && <PartnerForm school={school} onDone={recorded} />}
      <LoadedView loaded={loaded}>
        {({ partnerships: all }) => {
          const partnerships = school ? all.filter((partnership) => partnership.partnershipId.split('+').includes(school)) : all;
          return partnerships.length === 0 ? (
            <p className="hint">{t('reg.partners.none')}</p>
          ) : (
            <table className="cards">
              <thead>
                <tr>
                  <th scope="col">{t('reg.partners.partner')}</th>
                  <th scope="col">{t('reg.partners.kind')}</th>
                  <th scope="col">{t('reg.partners.iias')}</th>
                </tr>
              </thead>
              <tbody>
                {partnerships.map((partnership) => {
                  const others = partnership.partners.filter((partner) => partner.id !== school);
                  return (
                    <tr key={partnership.partnershipId}>
                      <td data-label={t('reg.partners.partner')}>
                        {others.map((partner) => (
                          <div key={partner.id}>{partner.kind === 'institution' ? <InstitutionName heiId={partner.id} /> : `${partner.name ?? partner.id}`}</div>
                        ))}
                      </td>
                      <td data-label={t('reg.partners.kind')}>{others.map((partner) => t(`reg.partners.${partner.kind}`)).join(', ')}</td>
                      <td data-label={t('reg.partners.iias')}>
                        {partnership.iias.length === 0
                          ? t('reg.partners.noIia')
                          : partnership.iias.map((iia) => (
                              <div key={iia.iiaKey}>
                                {iia.inEffect ? t('reg.partners.inEffect') : t('reg.partners.notInEffect')}:{' '}
                                {t('reg.partners.conditions', { count: iia.conditions.length, first: iia.conditions[0]?.firstAcademicYear ?? '–', last: iia.conditions[0]?.lastAcademicYear ?? '–' })}
                              </div>
                            ))}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          );
        }}
      </LoadedView>
    </section>
  );
}
