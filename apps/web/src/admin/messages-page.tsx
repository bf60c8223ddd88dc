import { Link } from 'react-router-dom';
import { useApi } from '../api/use-api';
import { LoadedView } from '../components/loaded';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/dictionary';

/** A message as GET /api/admin/messages lists it. */
export interface MessageRecord {
  key: string;
  reason: string;
  recipientId: string;
  address: string;
  language: string;
  status: string;
  attempts: number;
  recordedAt: string;
  nextAttemptAt: string;
  sentAt?: string;
  lastError?: string;
  outboxFile?: string;
  link: string;
}

interface MessagesView {
  transport: 'smtp' | 'outbox';
  outbox?: string;
  messages: MessageRecord[];
}

/** The admin's record of every message: status, reason, recipient, attempts and last error. */
export function MessagesPage() {
  const { t, date } = useI18n();
  const loaded = useApi<MessagesView>('/admin/messages');
  return (
    <section aria-labelledby="messages-title">
      <h1 id="messages-title">{t('messages.title')}</h1>
      <p>{t('messages.intro')}</p>
      <LoadedView loaded={loaded}>
        {(view) => (
          <>
            <p data-testid="messages-transport">
              {view.transport === 'smtp' ? t('messages.transport.smtp') : t('messages.transport.outbox', { folder: view.outbox ?? '' })}
            </p>
            {view.messages.length === 0 ? (
              <p>{t('common.empty')}</p>
            ) : (
              <table className="messages">
                <caption>{t('messages.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('messages.recorded')}</th>
                    <th scope="col">{t('messages.status')}</th>
                    <th scope="col">{t('messages.reason')}</th>
                    <th scope="col">{t('messages.recipient')}</th>
                    <th scope="col">{t('messages.language')}</th>
                    <th scope="col">{t('messages.attempts')}</th>
                    <th scope="col">{t('messages.lastError')}</th>
                    <th scope="col">{t('messages.file')}</th>
                    <th scope="col">{t('messages.link')}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.messages.map((message) => (
                    <tr key={message.key}>
                      <td>{date(message.recordedAt)}</td>
                      <td>{t(`messages.status.${message.status}` as MessageKey)}</td>
                      <td>{t(`messages.reason.${message.reason}` as MessageKey)}</td>
                      <td>
                        {message.address} <span className="hint">({message.recipientId})</span>
                      </td>
                      <td>{message.language}</td>
                      <td>{message.attempts}</td>
                      <td>{message.lastError ?? ''}</td>
                      <td>{message.outboxFile ?? ''}</td>
                      <td>
                        <Link to={message.link}>{message.link}</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </LoadedView>
    </section>
  );
}
