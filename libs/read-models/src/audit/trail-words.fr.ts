import { type MinorFields, factsOfRecordedDetail, refusal } from '@app/domain';
import { TrailWords, changedStudentFields, describeMinorChanges } from './trail-words';

const STUDENT_FIELDS: Record<string, string> = {
  givenNames: 'les prénoms',
  familyName: 'le nom',
  globalId: "l'identifiant étudiant européen",
  birthDate: 'la date de naissance',
  citizenship: 'la nationalité',
  gender: 'le genre',
  email: "l'adresse électronique",
};

const studentChanges = (changes: object | undefined): string => {
  const fields = changedStudentFields(changes, STUDENT_FIELDS);
  return fields.length ? `, modifiant ${fields.join(', ')} de l'étudiant (LA-STUDENT)` : '';
};

const MINOR_FIELDS: Record<string, string> = {
  plannedStart: 'début prévu',
  plannedEnd: 'fin prévue',
  sendingContactPerson: "contact de l'établissement d'origine",
  receivingContactPerson: "contact de l'établissement d'accueil",
};
const minorChanges = (changes: MinorFields, previous: MinorFields) => describeMinorChanges(changes, previous, MINOR_FIELDS, 'aucun');

const voided = (count: number) =>
  count > 0 ? `; ${count} signature${count > 1 ? 's' : ''} du tour annulée${count > 1 ? 's' : ''} (CTI-LA-4)` : '';

/** The audit trail in French. */
export const FRENCH_TRAIL: TrailWords = {
  roles: {
    student: "L'étudiant",
    sending: "L'établissement d'origine",
    receiving: "L'établissement d'accueil",
    auditor: 'Un auditeur',
    admin: 'Un administrateur',
  },
  someone: "Quelqu'un",
  sentences: {
    AgreementDrafted: (_, who) => `${who} a rédigé le contrat d'études`,
    DraftEdited: ({ data }, who) => `${who} a modifié le brouillon${voided(data.voidedSignatures.length)}`,
    DraftDeleted: (_, who) => `${who} a supprimé le brouillon`,
    AgreementSigned: (_, who) => `${who} a signé le brouillon`,
    AgreementRejected: ({ data }, who) => `${who} a refusé le brouillon : ${data.comment}${voided(data.voidedSignatures.length)}`,
    AgreementApproved: () => "Version 1 en vigueur : le brouillon signé par l'étudiant, l'établissement d'origine et l'établissement d'accueil",
    AmendmentProposed: ({ data }, who) =>
      `${who} a proposé l'avenant ${data.proposalNumber} à la version ${data.baseVersion}${studentChanges(data.studentChanges)}`,
    AmendmentSigned: ({ data }, who) => `${who} a signé l'avenant ${data.proposalNumber}`,
    AmendmentRejected: ({ data }, who) =>
      `${who} a refusé l'avenant ${data.proposalNumber} : ${data.comment} ; la version en vigueur demeure (CTI-LA-3)`,
    AmendmentWithdrawn: ({ data }, who) =>
      `${who} a retiré l'avenant ${data.proposalNumber}${data.comment ? ` : ${data.comment}` : ''}${voided(data.voidedSignatures.length)} ; la version en vigueur demeure (CTI-LA-3)`,
    AmendmentApproved: ({ data }) =>
      `Version ${data.version} en vigueur : avenant ${data.proposalNumber} signé par l'étudiant, l'établissement d'origine et l'établissement d'accueil`,
    SignatureReportedByPartner: ({ data }, who) =>
      `${who} a enregistré un document partenaire déclarant que ${
        { student: "l'étudiant", sending: "l'établissement d'origine", receiving: "l'établissement d'accueil" }[data.party]
      } a signé ${data.proposalNumber === undefined ? 'le brouillon' : `l'avenant ${data.proposalNumber}`} le ${data.claimedAt} : une déclaration, pas une signature (LA-REPORT)`,
    DepartureRecorded: ({ data }, who) =>
      `${who} a enregistré le départ le ${data.date}${
        data.findings.includes('CTI-LA-1') ? ", avant l'entrée en vigueur de la version 1 (constat CTI-LA-1)" : ''
      }`,
    ReturnRecorded: ({ data }, who) => `${who} a enregistré le retour le ${data.date}`,
    StayDatesConfirmed: ({ data }, who) =>
      `${who} a confirmé le séjour${data.start ? ` commencé le ${data.start}` : ''}${data.start && data.end ? ' et' : ''}${
        data.end ? ` terminé le ${data.end}` : ''
      }, comme l'atteste son certificat de présence (LA-STAY)${data.findings.includes('CTI-LA-1') ? ", avant l'entrée en vigueur de la version 1 (constat CTI-LA-1)" : ''}`,
    MinorChangeRecorded: ({ data }, who) =>
      `${who} a enregistré une modification mineure de la version ${data.version}, sans nouvelles signatures (LA-MINOR) : ${minorChanges(data.changes, data.previous)} ; note : ${data.note}`,
    PartnershipCoverageAssessed: ({ data: { coverage } }) => {
      switch (coverage.status) {
        case 'covered':
          return `Registre des partenariats : l'accord interinstitutionnel ${coverage.iiaKey} couvre la mobilité (LA-PARTNERSHIP)`;
        case 'individual-convention':
          return `Registre des partenariats : la convention individuelle ${coverage.reference} couvre la mobilité (LA-PARTNERSHIP)`;
        case 'not-covered': {
          // The event keeps the English detail it recorded; said in French from the facts it was written from, when they read back.
          const facts = factsOfRecordedDetail(coverage.detail);
          return `Registre des partenariats : rien ne couvre la mobilité (LA-PARTNERSHIP) : ${facts ? refusal('coverageGap', facts).fr : coverage.detail}`;
        }
      }
    },
    IndividualConventionRecorded: ({ data }, who) =>
      `${who} a enregistré la convention individuelle ${data.reference} pour la mobilité (LA-PARTNERSHIP)`,
  },
};
