import type { ImportRules } from './check-imports';

/**
 * The libraries' places (docs/architecture.md, "Libraries and the import rule"). What a
 * feature needs of another it reads from a projection or receives as an event; the
 * exceptions are the reads of another feature's state that are still direct, each one named
 * so that no new edge slips in and the list only shrinks.
 */
export const IMPORT_RULES: ImportRules = {
  kernel: ['kernel', 'domain', 'event-store', 'http', 'messaging', 'observability'],
  features: ['agreements', 'mobility', 'recognition', 'partnerships', 'read-models'],
  // EWP translates partners' documents into the features' own commands: an adapter over them.
  composers: ['ewp'],
  // Mounted by the apps only: the demo identities and the web pages.
  shells: ['demo', 'web-host'],
  exceptions: [
    { from: 'libs/mobility/src/mobility.module.ts', to: 'agreements',
      reason: 'mounts AgreementsModule for the AgreementSummaries provider its handlers read' },
    { from: 'libs/mobility/src/access/student-school.ts', to: 'agreements',
      reason: "a student without a profile relates to a school through the agreements list (AgreementSummaries)" },
    { from: 'libs/mobility/src/application/erase-student-data.handler.ts', to: 'agreements',
      reason: "an erasure finds the student's agreements in AgreementSummaries" },
    { from: 'libs/mobility/src/application/stay-owner.ts', to: 'agreements',
      reason: "a stay record naming an agreement loads it to check it is the student's (STUDENT-STAY)" },
    { from: 'libs/mobility/src/queries/get-mobility-status.query.ts', to: 'agreements',
      reason: "the mobility status counts the student's agreements (AgreementSummaries)" },
    { from: 'libs/mobility/src/queries/list-incoming-agreements.query.ts', to: 'agreements',
      reason: 'the incoming agreements of a school are read from AgreementSummaries' },
    { from: 'libs/mobility/src/read/find-agreements.ts', to: 'agreements',
      reason: "the student's stays under agreements come from AgreementSummaries and loadAgreement" },
    { from: 'libs/recognition/src/recognition.module.ts', to: 'agreements',
      reason: "mounts AgreementAccessModule: recognition's readers are the agreement's" },
    { from: 'libs/recognition/src/application/recognition-context.ts', to: 'agreements',
      reason: 'a transcript is decided against the version in force and its signatures, loaded from the store (CTI-REC-1)' },
    { from: 'libs/recognition/src/application/recognition-context.ts', to: 'mobility',
      reason: "the sending school's conversion rules come from loadSchoolSettings (CTI-REC-3)" },
    { from: 'libs/recognition/src/queries/get-recognition.query.ts', to: 'agreements',
      reason: 'who may read a recognition is decided on its agreement (assertMayRead, loadAgreement)' },
    { from: 'libs/recognition/src/queries/get-diploma-supplement.query.ts', to: 'agreements',
      reason: "the diploma supplement lists the student's agreements from AgreementSummaries" },
    { from: 'libs/read-models/src/nest/read-models.module.ts', to: 'agreements',
      reason: "provides the agreements' AgreementSummaries port with its projection" },
    { from: 'libs/read-models/src/nest/read-models.module.ts', to: 'partnerships',
      reason: "provides the partnerships' PartnershipRegister port with its projection" },
    { from: 'libs/read-models/src/directory/projected-agreement-summaries.ts', to: 'agreements',
      reason: 'implements the AgreementSummaries port (AgreementEntry, SummaryFilter) over agreement_directory' },
    { from: 'libs/read-models/src/directory/projected-partnership-register.ts', to: 'agreements',
      reason: 'the register answers with AgreementEntry rows, the type of the agreements port' },
    { from: 'libs/read-models/src/directory/projected-partnership-register.ts', to: 'partnerships',
      reason: 'implements the PartnershipRegister port over partnership_register' },
    { from: 'libs/read-models/src/directory/directory-entry.ts', to: 'agreements',
      reason: "a directory row is read back as the agreements port's AgreementEntry" },
    { from: 'libs/read-models/src/directory/reader-scope.ts', to: 'agreements',
      reason: "turns the port's SummaryFilter into indexed selects" },
    { from: 'libs/read-models/src/audit/audit.module.ts', to: 'agreements',
      reason: "mounts AgreementAccessModule: an audit trail's readers are the agreement's" },
    { from: 'libs/read-models/src/audit/get-audit-timeline.query.ts', to: 'agreements',
      reason: 'who may read an audit trail is decided on its agreement (assertMayRead, loadAgreement)' },
    { from: 'libs/read-models/src/audit/verify-agreement-chain.query.ts', to: 'agreements',
      reason: "who may verify a chain is decided on its agreement (assertMayRead, loadAgreement)" },
  ],
};
