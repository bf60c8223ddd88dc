import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { to: string; subject: string; text: string; messageId?: string; language?: string };

/**
 * A real SMTP server on a free port of the loopback interface, keeping what it receives:
 * what the ledger's nodemailer transport delivers, parsed back as a mail reader would.
 */
export class SmtpInbox {
  readonly received: ReceivedMail[] = [];
  /** Refuses the next `n` messages with a temporary failure (451), as a busy server does. */
  refuseNext = 0;
  private constructor(private readonly server: SMTPServer) {}

  /** On a free port, or on `port` when a test first points the ledger at it while nothing listens there. */
  static async start(port = 0): Promise<SmtpInbox> {
    let inbox: SmtpInbox;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail: ParsedMail) => {
            if (inbox.refuseNext > 0) {
              inbox.refuseNext -= 1;
              const refusal = Object.assign(new Error('mailbox busy, try later'), { responseCode: 451 });
              return callback(refusal);
            }
            inbox.received.push({
              to: (Array.isArray(mail.to) ? mail.to : [mail.to]).map((a) => a?.text ?? '').join(', '),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              messageId: mail.messageId,
              language: mail.headers.get('content-language') as string | undefined,
            });
            callback();
          })
          .catch(callback);
      },
    });
    inbox = new SmtpInbox(server);
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return inbox;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address));
  }

  /** Waits until `count` messages matched, at most `ms`; the matches. */
  async waitFor(match: (mail: ReceivedMail) => boolean, count = 1, ms = 10_000): Promise<ReceivedMail[]> {
    const until = Date.now() + ms;
    for (;;) {
      const found = this.received.filter(match);
      if (found.length >= count || Date.now() > until) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
