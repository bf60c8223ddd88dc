import { FormEvent, useState } from 'react';
import { ApiError, post } from '../api/client';
import type { Party } from '../api/types';
import { asApiError } from '../api/use-api';
import { ErrorMessage } from '../components/error-message';
import { FieldError } from '../components/field-error';
import { useI18n } from '../i18n/i18n';

/**
 * Sign or reject the round being signed (the draft or the open amendment), for the party
 * whose turn it is. The signature names the content hash shown, so a version changed
 * meanwhile is refused (409) rather than signed unseen.
 */
export function SignPanel({ mobilityId, contentHash, what, awaiting, me, onDone }: {
  mobilityId: string;
  contentHash: string;
  what: string;
  awaiting: Party | null;
  me: Party | undefined;
  onDone: (message: string) => Promise<void> | void;
}) {
  const { t } = useI18n();
  const [confirmed, setConfirmed] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  if (!me) return null;
  if (awaiting === null) return <p className="notice">{t('sign.done')}</p>;
  if (awaiting !== me) return <p className="notice">{t('sign.notYourTurn', { party: t(`role.${awaiting}`) })}</p>;

  const act = async (path: string, body: unknown, message: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await post(`/agreements/${mobilityId}/${path}`, body);
      await onDone(message);
    } catch (refused) {
      setError(asApiError(refused));
    } finally {
      setBusy(false);
    }
  };
  const sign = (event: FormEvent) => {
    event.preventDefault();
    void act('signatures', { contentHash }, t('sign.signed'));
  };
  const reject = (event: FormEvent) => {
    event.preventDefault();
    void act('rejections', { comment }, t('sign.rejected'));
  };
  const commentError = error?.forField('comment').length ? error : undefined;

  return (
    <section className="sign-panel" aria-labelledby="sign-title">
      <h3 id="sign-title">{t('sign.title')}</h3>
      <p>{t('sign.yourTurn', { what, party: t(`role.${me}`) })}</p>
      {error && !commentError && <ErrorMessage error={error} />}
      <form onSubmit={sign}>
        <label className="checkbox">
          <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
          {t('sign.confirm', { what })}
        </label>
        <button type="submit" className="primary" disabled={!confirmed || busy}>{t('sign.button')}</button>
        {me !== 'student' && !rejecting && (
          <button type="button" onClick={() => setRejecting(true)}>{t('sign.reject')}</button>
        )}
      </form>
      {rejecting && (
        <form onSubmit={reject} className="reject" noValidate>
          <label htmlFor="reject-comment">{t('sign.comment')}</label>
          <textarea
            id="reject-comment"
            rows={3}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            aria-invalid={commentError ? true : undefined}
            aria-describedby={commentError ? 'reject-comment-error' : 'reject-comment-hint'}
            autoFocus
          />
          <span id="reject-comment-hint" className="hint">{t('sign.commentHint')}</span>
          <FieldError id="reject-comment-error" error={commentError} field="comment" />
          <button type="submit" disabled={busy}>{t('sign.sendReject')}</button>
          <button type="button" onClick={() => setRejecting(false)}>{t('common.cancel')}</button>
        </form>
      )}
    </section>
  );
}
