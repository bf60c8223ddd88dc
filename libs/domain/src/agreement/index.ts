/**
 * The learning agreement, stream `agreement-<mobilityId>`.
 *
 * none -> draft (DraftAgreement) <-> signing (SignAgreement: student, sending, receiving)
 *   -> approved (third signature: AgreementApproved, version 1)
 *   <-> amendment-proposed (ProposeAmendment; SignAmendment x3 -> AmendmentApproved, version n+1;
 *       RejectAmendment closes it and version n stays in force).
 * EditDraft or RejectAgreement while signing voids the round (CTI-LA-4) and returns to draft.
 * DeleteDraft -> deleted, until an institution has signed (LA-DELETE).
 * WithdrawAmendment: the proposer takes the open proposal back; the version in force stays.
 * RecordMinorChange (LA-MINOR) notes, under the signatures of the version in force, a change
 * that leaves what was signed as it is (dates within the term, an institution's contact).
 * RecordDeparture / RecordReturn are facts about the stay, recorded in any live status;
 * a departure before version 1 carries a CTI-LA-1 finding instead of being refused.
 * ConfirmStayDates: the host's actual start and end, which outrank the declared ones.
 * RecordSignatureReport (LA-REPORT) keeps a partner document's word that another party signed
 * the open round: it changes no status and counts toward no signature.
 */
export * from './agreement.rules';
export * from './agreement.content';
export * from './agreement.actor';
export type { PartyAction } from './agreement-refusal-words';
export * from './amendment.changes';
export * from './agreement.commands';
export * from './agreement.events';
export * from './agreement.state';
export * from './agreement.evolve';
export * from './agreement.decider';
export * from './agreement.stream';
export * from './coverage';
export { canonicalJson } from './canonical-json';
export { ContentHashKey, ContentHashScheme, contentHash, hashedContent, recomputedContentHash, sameContent } from './content-hash';
export { applyChanges } from './apply-changes';
export * from './student-changes';
export { contentProblems, assertValidContent, implausibleCredits } from './validate-content';
export { assertComponentsListed } from './components-listed';
export { nextSigner } from './signing-round';
export { isIsoDate } from './iso-date';
export { AgreementWarning, agreementWarnings } from './agreement-warnings';
export { StayDate, StayDateSource, StayDates, stayDatesOf, stayStartOf, startedBeforeApproval } from './stay-period';
export { MinorFields, MINOR_FIELD_NAMES, contentInEffect, withMinorFieldsOf } from './minor-changes';
export { FIELD_CLASSES } from './field-classes';
export { AcademicTerm, academicTermOf } from './academic-term';
export { ExchangeGap, exchangeGapsOf } from './exchange-gaps';
export { termCreditWarnings } from './term-credits';
export { WarningWords } from './warning-words';
export { WARNING_WORDS } from './warning-words.tables';
