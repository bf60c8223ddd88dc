import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';

/** A message ready to leave: addresses opened, text in the recipient's language. */
export type OutgoingMail = { from: string; to: string; subject: string; text: string; messageId: string; language: string; fileName: string };

export interface MailTransport {
  /** Resolves once the message is accepted (by the SMTP server, or written to the outbox folder); the file it wrote, if any. */
  send(mail: OutgoingMail): Promise<{ outboxFile?: string }>;
  close(): void;
}

const compose = (mail: OutgoingMail) => ({
  from: mail.from,
  to: mail.to,
  subject: mail.subject,
  text: mail.text,
  // The work key's: a message sent again after a crash is the same message to whoever receives it twice.
  messageId: mail.messageId,
  headers: { 'Content-Language': mail.language },
});

/**
 * Over SMTP with nodemailer, to the server `SMTP_URL` names (smtp:// or smtps://, credentials in
 * the URL). Each send is aborted after `timeoutMs` (MAIL_SEND_TIMEOUT_MS), connection included:
 * the sender's claim on a message must outlast its send, which nodemailer's own timeouts
 * (up to ten minutes of silence per step) would not bound.
 */
export function smtpTransport(url: string, { timeoutMs }: { timeoutMs: number }): MailTransport {
  const transport = createTransport(url);
  return {
    send: async (mail) => {
      await transport.sendMail({ ...compose(mail), signal: AbortSignal.timeout(timeoutMs) });
      return {};
    },
    close: () => transport.close(),
  };
}

/**
 * Without an SMTP server (the embedded default), each message is written as an .eml file in
 * `folder` (DATA_DIR/outbox), composed by nodemailer exactly as it would have been sent: a
 * newcomer opens it in any mail reader. Written under a temporary name and renamed, so a
 * crash leaves no half file under the real name.
 */
export function outboxTransport(folder: string): MailTransport {
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    send: async (mail) => {
      const info = await transport.sendMail(compose(mail));
      mkdirSync(folder, { recursive: true });
      const file = join(folder, mail.fileName);
      writeFileSync(`${file}.tmp`, info.message as Buffer);
      renameSync(`${file}.tmp`, file);
      return { outboxFile: file };
    },
    close: () => transport.close(),
  };
}
