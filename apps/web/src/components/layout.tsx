import { ReactNode, useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router-dom';
import { session } from '../auth/session';
import { useIdentity } from '../auth/use-identity';
import { LANGUAGES } from '../i18n/dictionary';
import { useI18n } from '../i18n/i18n';

export function Layout({ children }: { children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  const identity = useIdentity();
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  // A new page without a page load: focus its content, as a screen reader expects after a link (a page load keeps the skip link first).
  useEffect(() => {
    if (shown.current !== pathname) document.getElementById('main')?.focus();
    shown.current = pathname;
  }, [pathname]);
  return (
    <>
      <a className="skip" href="#main">{t('app.skip')}</a>
      <header className="top">
        <span className="brand">{t('app.title')}</span>
        {identity && (
          <nav aria-label={t('app.title')}>
            <NavLink to="/agreements">{t('nav.agreements')}</NavLink>
            {identity.role === 'student' && <NavLink to="/agreements/new">{t('nav.newAgreement')}</NavLink>}
            {identity.role === 'student' && <NavLink to={`/students/${identity.sub}`}>{t('nav.status')}</NavLink>}
            {['sending', 'auditor', 'admin'].includes(identity.role) && <NavLink to="/school/students">{t('reg.nav.students')}</NavLink>}
            {['sending', 'auditor', 'admin'].includes(identity.role) && <NavLink to="/dashboard">{t('nav.dashboard')}</NavLink>}
            {['sending', 'admin'].includes(identity.role) && <NavLink to="/school/regulations">{t('reg.nav.regulations')}</NavLink>}
            {['sending', 'receiving', 'admin'].includes(identity.role) && <NavLink to="/school/partners">{t('reg.nav.partners')}</NavLink>}
            {identity.role === 'admin' && <NavLink to="/admin/institutions">{t('reg.nav.institutions')}</NavLink>}
            {identity.role === 'admin' && <NavLink to="/admin/erasure">{t('reg.nav.erasure')}</NavLink>}
            {identity.role === 'admin' && <NavLink to="/admin/messages">{t('nav.messages')}</NavLink>}
          </nav>
        )}
        <div className="top-right">
          <label>
            <span className="visually-hidden">{t('nav.language')}</span>
            <select value={language} onChange={(event) => setLanguage(event.target.value as (typeof LANGUAGES)[number])} aria-label={t('nav.language')}>
              <option value="fr">Français</option>
              <option value="en">English</option>
            </select>
          </label>
          {identity && (
            <>
              <span className="who" data-testid="who">
                {t('nav.signedInAs')} <strong>{identity.name ?? identity.sub}</strong> ({t(`role.${identity.role}`)}
                {identity.institution ? `, ${identity.institution}` : ''})
              </span>
              <button type="button" onClick={() => session.signOut()}>{t('nav.signOut')}</button>
            </>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}
