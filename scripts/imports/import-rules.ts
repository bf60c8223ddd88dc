import type { ImportRules } from './check-imports';

/**
 * The libraries' places (docs/architecture.md, "Libraries and the import rule"). What a
 * feature needs of another it reads from a projection or receives as an event; the
 * exceptions are the reads of another feature's state that are still direct, each one named
 * so that no new edge slips in and the list only shrinks.
 */
export const IMPORT_RULES: ImportRules = {
  kernel: ['kernel', 'domain', 'event-store', 'http', 'messaging', 'observability'],
  features: ['agreements', 'mobility', 'recognition', 'partnerships', 'read-models', 'reactions'],
  // EWP translates partners' documents into the features' own commands: an adapter over them.
  composers: ['ewp'],
  // Mounted by the apps only: the demo identities and the web pages.
  shells: ['demo', 'web-host'],
  exceptions: [
    { from: 'libs/mobility/src/application/stay-owner.ts', to: 'agreements',
      reason: "a stay record naming an agreement loads it to check it is the student's (STUDENT-STAY)" },
    { from: 'libs/mobility/src/read/find-agreements.ts', to: 'agreements',
      reason: "the full state of the student's agreements, found in AgreementSummaries, comes from loadAgreement" },
    { from: 'libs/recognition/src/recognition.module.ts', to: 'agreements',
      reason: "mounts AgreementAccessModule: recognition's readers are the agreement's" },
    { from: 'libs/recognition/src/application/recognition-context.ts', to: 'agreements',
      reason: 'a transcript is decided against the version in force and its signatures, loaded from the store (CTI-REC-1)' },
    { from: 'libs/recognition/src/application/recognition-context.ts', to: 'mobility',
      reason: "the sending school's conversion rules come from loadSchoolSettings (CTI-REC-3)" },
    { from: 'libs/recognition/src/queries/get-recognition.query.ts', to: 'agreements',
      reason: 'who may read a recognition is decided on its agreement (assertMayRead, loadAgreement)' },
    { from: 'libs/read-models/src/audit/audit.module.ts', to: 'agreements',
      reason: "mounts AgreementAccessModule: an audit trail's readers are the agreement's" },
    { from: 'libs/read-models/src/audit/get-audit-timeline.query.ts', to: 'agreements',
      reason: 'who may read an audit trail is decided on its agreement (assertMayRead, loadAgreement)' },
    { from: 'libs/read-models/src/audit/verify-agreement-chain.query.ts', to: 'agreements',
      reason: "who may verify a chain is decided on its agreement (assertMayRead, loadAgreement)" },
  ],
};
