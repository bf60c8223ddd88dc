import type { Envelope } from '@app/event-store';

/** The two languages the ledger writes to people in. */
export type MailLanguage = 'en' | 'fr';

/**
 * Whom a message goes to. `id` names the person or office in the ledger's words (the
 * student's account, an institution's contact), never by address, so that the work key says
 * nothing personal. A student's address stays sealed as the event recorded it and is opened
 * only when the message is sent: once their key is erased it can never be read again.
 */
export type Recipient = {
  id: string;
  address: string | Envelope;
  language: MailLanguage;
};

/** Why a message is sent: each has its own text in each language. */
export type MailReason =
  | 'turn-to-sign'
  | 'rejected'
  | 'in-force'
  | 'recognition-decided'
  | 'signature-reminder'
  | 'survey-invitation'
  | 'survey-reminder'
  | 'digest';

/** What the message says beyond its reason: the facts its text names, and the page where to act. */
export type MailFacts = {
  mobilityId?: string;
  /** Path of the web page, from the public base URL (PUBLIC_URL). */
  link: string;
  receivingAcademicYear?: string;
  sending?: string;
  receiving?: string;
  /** The amendment concerned, when it is one. */
  proposalNumber?: number;
  version?: number;
  /** A rejection's comment: free text, as the ledger keeps it. */
  comment?: string;
  /** The party who rejected, or who waits. */
  party?: 'student' | 'sending' | 'receiving';
  /** How many days the agreement has waited (reminders). */
  days?: number;
  /** A digest: the messages it gathers, each as its subject. */
  items?: string[];
};

/**
 * One piece of work a reaction turns an event into: a message to send. The key is the
 * idempotency key (reason, recipient and what caused it: stream and revision, or a due date),
 * unique in the work table, so a replay of the log, a redelivery by the broker or a rebuild
 * records nothing new.
 */
export type WorkItem = {
  key: string;
  reason: MailReason;
  recipient: Recipient;
  /** The student whose personal data the item holds or concerns, if any: an erasure deletes the item. */
  subjectId?: string;
  facts: MailFacts;
};

/** A check to run at a moment (a reminder), recorded durably so that a restart keeps it. */
export type DueCheck = {
  key: string;
  reason: 'signature-reminder' | 'survey-reminder';
  /** ISO timestamp. */
  dueAt: string;
  /** What the check compares against the state at that moment. */
  subject: DueSubject;
  subjectId?: string;
};

export type DueSubject =
  | { kind: 'signature'; mobilityId: string; party: 'student' | 'sending' | 'receiving'; contentHash: string; proposalNumber?: number; since: string }
  | { kind: 'survey'; studentId: string; surveyId: string; since: string };
