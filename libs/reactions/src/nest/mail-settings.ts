import type { Settings } from '../store/reaction-store-config';
import type { MailSettings } from '../sender/mail-sender';

/** A setting's number, or its fallback when unset; an interval (`positive`) must be above 0, since 0 would poll without pause. */
const number = (settings: Settings, name: string, fallback: number, { positive = false } = {}): number => {
  const value = settings.get<string>(name);
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  const unit = name.endsWith('DAYS') ? 'days' : 'milliseconds';
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${name} must be a number of ${unit}, not ${value}`);
  if (positive && parsed <= 0) throw new Error(`${name} must be a number of ${unit} above 0, not ${value}`);
  return parsed;
};

export type ReactionSettings = MailSettings & {
  smtpUrl?: string;
  /** Longest an SMTP send may take before it is abandoned and retried (MAIL_SEND_TIMEOUT_MS, 30 s). */
  sendTimeoutMs: number;
  /** Days a party may keep an agreement waiting before a reminder (REMINDER_DAYS, 7). */
  reminderDays: number;
  /** How often due checks and digests are looked at (REACTIONS_TICK_MS, a minute). */
  tickMs: number;
  /** MAIL_SENDER=off: work is recorded and nothing is delivered (a process that must not send). */
  sending: boolean;
};

/** Claims shorter than this many sends would let a slow send outlive its claim, and another sender send the message too. */
const SENDS_PER_CLAIM = 3;

/**
 * How long a sender's claim on a message holds (MAIL_CLAIM_MS): ten sends' timeout by default,
 * refused below three, so a slow server never lets a claim end while its message is still
 * being sent; a sender that died leaves its messages to the others once it ends.
 */
function claimMs(settings: Settings, sendTimeoutMs: number): number {
  const claim = number(settings, 'MAIL_CLAIM_MS', 10 * sendTimeoutMs, { positive: true });
  if (claim < SENDS_PER_CLAIM * sendTimeoutMs) {
    throw new Error(`MAIL_CLAIM_MS must be at least ${SENDS_PER_CLAIM} times MAIL_SEND_TIMEOUT_MS (${SENDS_PER_CLAIM * sendTimeoutMs} milliseconds), not ${claim}`);
  }
  return claim;
}

/** The reactions' settings, each with the default a newcomer needs on the embedded ledger. */
export function reactionSettingsFrom(settings: Settings): ReactionSettings {
  const sendTimeoutMs = number(settings, 'MAIL_SEND_TIMEOUT_MS', 30_000, { positive: true });
  return {
    smtpUrl: settings.get<string>('SMTP_URL') || undefined,
    sendTimeoutMs,
    claimMs: claimMs(settings, sendTimeoutMs),
    from: settings.get<string>('MAIL_FROM') || 'Mobility ledger <no-reply@localhost>',
    publicUrl: settings.get<string>('PUBLIC_URL') || 'http://localhost:3000',
    retryBaseMs: number(settings, 'MAIL_RETRY_BASE_MS', 60_000),
    maxAttempts: number(settings, 'MAIL_MAX_ATTEMPTS', 5),
    pollMs: number(settings, 'MAIL_POLL_MS', 1000, { positive: true }),
    digestTo: new Set(
      (settings.get<string>('MAIL_DIGEST_TO') ?? '')
        .split(',')
        .map((address) => address.trim().toLowerCase())
        .filter(Boolean),
    ),
    reminderDays: number(settings, 'REMINDER_DAYS', 7),
    tickMs: number(settings, 'REACTIONS_TICK_MS', 60_000, { positive: true }),
    sending: (settings.get<string>('MAIL_SENDER') ?? 'on') !== 'off',
  };
}
