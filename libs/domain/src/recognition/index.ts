/**
 * The recognition of a mobility's credits, stream `recognition-<mobilityId>`.
 *
 * awaiting-transcript -> RecordTranscript (receiving institution, against the approved
 *   agreement version the handler read) -> TranscriptRecorded + CreditsRecognised, computed
 *   at once (CTI-REC-1): ECTS per passed component with the conversion rule used (CTI-REC-3),
 *   failures listed, table-B units recognised, awaiting a remedy, or awaiting a decision.
 * A passed component counts at most its planned ECTS; the rest, and unplanned extras, wait
 *   for DecideExtraCredits (REC-EXCESS).
 * pending <-> complete through RecordRemedy / CloseRemedy (CTI-REC-5), RecogniseHomeUnit,
 *   ResolveConversion and DecideExtraCredits (sending institution); CorrectTranscript records
 *   version n+1 and recomputes. Nothing may hinge on an extra exam (CTI-REC-2).
 *   Semantics: recognition.derive.ts and credit-lines.ts.
 */
export * from './recognition.rules';
export * from './recognition.stream';
export * from './recognition.commands';
export * from './recognition.events';
export * from './recognition.state';
export * from './recognition.evolve';
export * from './recognition.decider';
export * from './double-degree';
export * from './diploma-supplement';
export { HOST_TABLES, hostComponents, recognitionOutcome } from './recognition-outcome';
export { deriveRecognition } from './recognition.derive';
export { callsForAnExam } from './additional-exam';
export { assertValidTranscript } from './validate-transcript';
export { assertLinesInLineWithAgreement } from './transcript-lines';
export { assertStayBegun } from './stay-begun';
