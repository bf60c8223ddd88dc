import type { AgreementEvent } from '@app/domain';

/** The actor as the event's metadata recorded it. */
export interface RecordedActor {
  id?: string;
  role?: string;
  institution?: string;
}

const ROLE_WORDS: Record<string, string> = {
  student: 'Student',
  sending: 'Sending institution',
  receiving: 'Receiving institution',
  auditor: 'Auditor',
  admin: 'Administrator',
};

/** "Receiving institution (uw.edu.pl)", "Student (acc-ivan)": staff by institution, others by account. */
export function actorWords(actor: RecordedActor): string {
  const who = ROLE_WORDS[actor.role ?? ''] ?? 'Someone';
  const name = actor.role === 'sending' || actor.role === 'receiving' ? (actor.institution ?? actor.id) : actor.id;
  return name ? `${who} (${name})` : who;
}

/** The student's fields an amendment may change, named without their values: the trail outlives an erasure. */
const STUDENT_FIELD_WORDS: Record<string, string> = {
  givenNames: 'given names',
  familyName: 'family name',
  globalId: 'European student identifier',
  birthDate: 'birth date',
  citizenship: 'citizenship',
  gender: 'gender',
  email: 'email',
};

const studentChangesWords = (changes: object | undefined): string => {
  const fields = Object.keys(changes ?? {}).map((field) => STUDENT_FIELD_WORDS[field] ?? field);
  return fields.length ? `, changing the student's ${fields.join(', ')} (LA-STUDENT)` : '';
};

const voided = (count: number) => (count > 0 ? `; ${count} signature${count > 1 ? 's' : ''} of the round voided (CTI-LA-4)` : '');

/** One event of an agreement in plain words, for the audit trail. */
export function auditSentence(event: AgreementEvent, actor: RecordedActor): string {
  const who = actorWords(actor);
  switch (event.type) {
    case 'AgreementDrafted':
      return `${who} drafted the learning agreement`;
    case 'DraftEdited':
      return `${who} edited the draft${voided(event.data.voidedSignatures.length)}`;
    case 'DraftDeleted':
      return `${who} deleted the draft`;
    case 'AgreementSigned':
      return `${who} signed version ${event.data.version}`;
    case 'AgreementRejected':
      return `${who} rejected the draft: ${event.data.comment}`;
    case 'AgreementApproved':
      return 'Version 1 approved by the student, the sending and the receiving institutions';
    case 'AmendmentProposed':
      return `${who} proposed amendment ${event.data.proposalNumber} to version ${event.data.baseVersion}${studentChangesWords(event.data.studentChanges)}`;
    case 'AmendmentSigned':
      return `${who} approved version ${event.data.version} (amendment ${event.data.proposalNumber})`;
    case 'AmendmentRejected':
      return `${who} rejected amendment ${event.data.proposalNumber}: ${event.data.comment}`;
    case 'AmendmentApproved':
      return `Version ${event.data.version} in force: amendment ${event.data.proposalNumber} approved by all three parties`;
    case 'DepartureRecorded':
      return `${who} recorded the departure on ${event.data.date}${
        event.data.findings.includes('CTI-LA-1') ? ', before version 1 was approved (finding CTI-LA-1)' : ''
      }`;
    case 'ReturnRecorded':
      return `${who} recorded the return on ${event.data.date}`;
    default:
      return `${who}: ${(event as { type: string }).type}`;
  }
}
