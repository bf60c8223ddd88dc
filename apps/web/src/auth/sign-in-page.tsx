import { FormEvent, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, ApiError, post } from '../api/client';
import { asApiError } from '../api/use-api';
import { ErrorMessage } from '../components/error-message';
import { Loading } from '../components/loading';
import { useI18n } from '../i18n/i18n';
import { Identity, session } from './session';

interface DemoIdentity extends Identity {
  name: string;
  description: { en: string; fr: string };
}

export function SignInPage() {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const [demo, setDemo] = useState<DemoIdentity[] | 'off' | undefined>();
  const [token, setToken] = useState('');
  const [tokenError, setTokenError] = useState<string>();
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    api<{ identities: DemoIdentity[] }>('/demo/identities').then(
      ({ identities }) => setDemo(identities),
      () => setDemo('off'),
    );
  }, []);

  const enter = (value: string) => {
    if (!session.signIn(value)) return setTokenError(t('signIn.invalidToken'));
    navigate('/agreements');
  };
  const pick = async (sub: string) => {
    try {
      enter((await post<{ token: string }>('/demo/tokens', { sub })).token);
    } catch (refused) {
      setError(asApiError(refused));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    enter(token);
  };

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      {error && <ErrorMessage error={error} />}
      <h2>{t('signIn.demo')}</h2>
      {demo === undefined && <Loading />}
      {demo === 'off' && <p>{t('signIn.noDemo')}</p>}
      {Array.isArray(demo) && (
        <>
          <p className="hint">{t('signIn.demoHint')}</p>
          <ul className="identities">
            {demo.map((identity) => (
              <li key={identity.sub}>
                <button type="button" className="identity" onClick={() => void pick(identity.sub)}>
                  {/* The visible text stays the button's name (WCAG 2.5.3); the words before it say what it does. */}
                  <strong><span className="visually-hidden">{t('signIn.as')} </span>{identity.name}</strong>
                  <span className={`role role-${identity.role}`}>{t(`role.${identity.role}`)}</span>
                  <span className="hint">{identity.description[language]}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <form onSubmit={submit} noValidate>
        <label htmlFor="token">{t('signIn.token')}</label>
        <textarea
          id="token"
          rows={3}
          value={token}
          onChange={(event) => setToken(event.target.value)}
          aria-describedby={tokenError ? 'token-error' : 'token-hint'}
          aria-invalid={tokenError ? true : undefined}
        />
        <span id="token-hint" className="hint">{t('signIn.tokenHint')}</span>
        {tokenError && <span id="token-error" className="field-error" role="alert">{tokenError}</span>}
        <button type="submit">{t('signIn.submit')}</button>
      </form>
    </section>
  );
}
