import { FormEvent, useState } from 'react';
import { useSend } from '../api/use-send';
import { ErrorMessage } from '../components/error-message';
import { FieldError } from '../components/field-error';
import { useI18n } from '../i18n/i18n';

/**
 * The proposer takes back their own proposal before the last signature (CTI-LA-3). The request
 * names the proposal shown, so one replaced meanwhile is refused (409) rather than withdrawn unseen.
 */
export function WithdrawPanel({ mobilityId, proposalNumber, onDone }: {
  mobilityId: string;
  proposalNumber: number;
  onDone: (message: string) => Promise<void> | void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const { error, busy, send } = useSend();

  const withdraw = (event: FormEvent) => {
    event.preventDefault();
    void send('POST', `/agreements/${mobilityId}/withdrawals`, { proposalNumber, ...(comment.trim() && { comment }) }, () =>
      onDone(t('withdraw.done', { n: proposalNumber })),
    );
  };
  const commentError = error?.forField('comment').length ? error : undefined;

  if (!open) {
    return (
      <p className="withdraw">
        <button type="button" onClick={() => setOpen(true)}>{t('withdraw.open', { n: proposalNumber })}</button>
      </p>
    );
  }
  return (
    <form onSubmit={withdraw} className="withdraw" noValidate>
      <p className="hint">{t('withdraw.hint')}</p>
      {error && !commentError && <ErrorMessage error={error} />}
      <label htmlFor="withdraw-comment">{t('withdraw.comment')}</label>
      <textarea
        id="withdraw-comment"
        rows={2}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        aria-invalid={commentError ? true : undefined}
        aria-describedby={commentError ? 'withdraw-comment-error' : undefined}
        autoFocus
      />
      <FieldError id="withdraw-comment-error" error={commentError} field="comment" />
      <button type="submit" disabled={busy}>{t('withdraw.send', { n: proposalNumber })}</button>
      <button type="button" onClick={() => setOpen(false)}>{t('common.cancel')}</button>
    </form>
  );
}
