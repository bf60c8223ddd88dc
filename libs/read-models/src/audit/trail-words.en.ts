import type { MinorFields } from '@app/domain';
import { TrailWords, changedStudentFields, describeMinorChanges } from './trail-words';

const STUDENT_FIELDS: Record<string, string> = {
  givenNames: 'given names',
  familyName: 'family name',
  globalId: 'European student identifier',
  birthDate: 'birth date',
  citizenship: 'citizenship',
  gender: 'gender',
  email: 'email',
};

const studentChanges = (changes: object | undefined): string => {
  const fields = changedStudentFields(changes, STUDENT_FIELDS);
  return fields.length ? `, changing the student's ${fields.join(', ')} (LA-STUDENT)` : '';
};

const MINOR_FIELDS: Record<string, string> = {
  plannedStart: 'planned start',
  plannedEnd: 'planned end',
  sendingContactPerson: "sending institution's contact",
  receivingContactPerson: "receiving institution's contact",
};
const minorChanges = (changes: MinorFields, previous: MinorFields) => describeMinorChanges(changes, previous, MINOR_FIELDS, 'none');

const voided = (count: number) => (count > 0 ? `; ${count} signature${count > 1 ? 's' : ''} of the round voided (CTI-LA-4)` : '');

/** The audit trail in English. */
export const ENGLISH_TRAIL: TrailWords = {
  roles: {
    student: 'The student',
    sending: 'Sending institution',
    receiving: 'Receiving institution',
    auditor: 'An auditor',
    admin: 'An administrator',
  },
  someone: 'Someone',
  sentences: {
    AgreementDrafted: (_, who) => `${who} drafted the learning agreement`,
    DraftEdited: ({ data }, who) => `${who} edited the draft${voided(data.voidedSignatures.length)}`,
    DraftDeleted: (_, who) => `${who} deleted the draft`,
    AgreementSigned: (_, who) => `${who} signed the draft`,
    AgreementRejected: ({ data }, who) => `${who} rejected the draft: ${data.comment}${voided(data.voidedSignatures.length)}`,
    AgreementApproved: () => 'Version 1 in force: the draft signed by the student, the sending and the receiving institutions',
    AmendmentProposed: ({ data }, who) =>
      `${who} proposed amendment ${data.proposalNumber} to version ${data.baseVersion}${studentChanges(data.studentChanges)}`,
    AmendmentSigned: ({ data }, who) => `${who} signed amendment ${data.proposalNumber}`,
    AmendmentRejected: ({ data }, who) =>
      `${who} rejected amendment ${data.proposalNumber}: ${data.comment}; the version in force stays (CTI-LA-3)`,
    AmendmentWithdrawn: ({ data }, who) =>
      `${who} withdrew amendment ${data.proposalNumber}${data.comment ? `: ${data.comment}` : ''}${voided(data.voidedSignatures.length)}; the version in force stays (CTI-LA-3)`,
    AmendmentApproved: ({ data }) =>
      `Version ${data.version} in force: amendment ${data.proposalNumber} signed by the student, the sending and the receiving institutions`,
    SignatureReportedByPartner: ({ data }, who) =>
      `${who} recorded a partner's document stating that the ${
        { student: 'student', sending: 'sending institution', receiving: 'receiving institution' }[data.party]
      } signed ${data.proposalNumber === undefined ? 'the draft' : `amendment ${data.proposalNumber}`} on ${data.claimedAt}: a report, not a signature (LA-REPORT)`,
    DepartureRecorded: ({ data }, who) =>
      `${who} recorded the departure on ${data.date}${
        data.findings.includes('CTI-LA-1') ? ', before version 1 came into force (finding CTI-LA-1)' : ''
      }`,
    ReturnRecorded: ({ data }, who) => `${who} recorded the return on ${data.date}`,
    StayDatesConfirmed: ({ data }, who) =>
      `${who} confirmed the stay${data.start ? ` as started on ${data.start}` : ''}${data.start && data.end ? ' and' : ''}${
        data.end ? ` as ended on ${data.end}` : ''
      }, as its certificate of attendance states (LA-STAY)${data.findings.includes('CTI-LA-1') ? ', before version 1 came into force (finding CTI-LA-1)' : ''}`,
    MinorChangeRecorded: ({ data }, who) =>
      `${who} recorded a minor change to version ${data.version}, without new signatures (LA-MINOR): ${minorChanges(data.changes, data.previous)}; note: ${data.note}`,
    PartnershipCoverageAssessed: ({ data: { coverage } }) => {
      switch (coverage.status) {
        case 'covered':
          return `Partnerships register: inter-institutional agreement ${coverage.iiaKey} covers the mobility (LA-PARTNERSHIP)`;
        case 'individual-convention':
          return `Partnerships register: individual convention ${coverage.reference} covers the mobility (LA-PARTNERSHIP)`;
        case 'not-covered':
          return `Partnerships register: nothing covers the mobility (LA-PARTNERSHIP): ${coverage.detail}`;
      }
    },
    IndividualConventionRecorded: ({ data }, who) => `${who} recorded individual convention ${data.reference} for the mobility (LA-PARTNERSHIP)`,
  },
};
