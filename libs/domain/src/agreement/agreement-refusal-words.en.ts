import type { MobilityFacts } from '../partnership/coverage';
import { AgreementRefusalWords, ChangeAt, PartyAction, StudentFieldProblem } from './agreement-refusal-words';

const coverageGap = ({ kind, sendingHeiId, receivingHeiId, academicYear, iscedFCode }: MobilityFacts) =>
  `no IIA in effect covers ${kind} mobility from ${sendingHeiId} to ${receivingHeiId} in ${academicYear}${iscedFCode ? `, subject area ${iscedFCode}` : ''}`;

const round = (proposal?: number) => (proposal === undefined ? 'the draft' : `amendment proposal ${proposal}`);

const ACTIONS: Record<PartyAction, (proposal?: number) => string> = {
  draftAgreement: () => 'draft the agreement',
  editDraft: () => 'edit the draft',
  deleteDraft: () => 'delete the draft',
  sign: (proposal) => `sign ${round(proposal)}`,
  reject: (proposal) => `reject ${round(proposal)}`,
  proposeAmendment: () => 'propose an amendment',
  withdrawAmendment: () => 'withdraw an amendment proposal',
  recordMinorChange: () => 'record a minor change',
  recordIndividualConvention: () => 'record an individual convention',
  reportSignature: () => "record a partner's report of a signature",
  recordDeparture: () => 'record the departure',
  recordReturn: () => 'record the return',
  confirmStayDates: () => 'confirm the dates of the stay',
  answerOverEwp: () => 'answer the sending institution over EWP',
  recordTranscript: () => 'record the transcript of records',
  resolveConversion: () => 'resolve a credit conversion',
  decideExtraCredits: () => 'decide on credits beyond the agreement',
  decideHomeUnit: () => 'decide on the recognition of a home unit',
  recordRemedy: () => 'record a remedy',
  closeRemedy: () => 'close a remedy',
};

const FIELD_PROBLEMS: Record<StudentFieldProblem, string> = {
  empty: 'is empty',
  isoDate: 'is not an ISO date',
  country: 'is not an ISO country code',
  gender: 'is not an ISO/IEC 5218 code (0, 1, 2, 9)',
  email: 'is not an email address',
};

const changeAt = ({ number, op, table }: ChangeAt) => `change ${number} (${op} in ${table})`;

/** The agreement's refusals in English. */
export const ENGLISH_AGREEMENT_REFUSALS: AgreementRefusalWords = {
  commandWithoutActor: (type) => `${type} carries no actor`,
  otherMobility: (named, held) => `command names mobility ${named} but the stream holds ${held}`,
  notAParty: (role, id, action, proposal) => `${role} ${id} is not a party of this agreement and cannot ${ACTIONS[action](proposal)}`,
  partyCannot: (party, action, allowed, proposal) => `the ${party} party cannot ${ACTIONS[action](proposal)}; only ${allowed.join(' or ')} can`,
  noComponentAtHost: () => 'the agreement lists no component followed at the receiving institution',
  tableBEmpty: () => 'the agreement does not say how the sending institution recognises the components (table B is empty)',
  notCovered: (facts) => `${coverageGap(facts)}: record the IIA, or an individual convention for this mobility, before the receiving institution signs`,
  coverageGap: (facts) => coverageGap(facts),
  conventionNeedsReference: () => 'an individual convention is named by its reference',
  noRoundToReport: () => 'no draft or amendment proposal is open: a reported signature has nothing to speak of',
  notAPartyName: (party) => `${party} is not a party of a learning agreement`,
  reportsOwnSignature: (reporter, proposal) => `the ${reporter} party signs ${round(proposal)} itself, through the ledger: its signature is not recorded from a document`,
  reportStaleHash: (named, proposal, current) => `the report names content hash ${named} but ${round(proposal)} is ${current}`,
  claimedAtNotTimestamp: (claimedAt) => `the claimed time ${claimedAt} of the reported signature is not a timestamp`,
  reportNamesNobody: () => 'a reported signature names whom it is about',
  stayDateNotIso: (what, date) => `${what} date ${date} is not an ISO date (YYYY-MM-DD)`,
  stayDateAhead: (what, date, today) => `${what} on ${date} has not happened yet (today is ${today})`,
  changeNoTable: (at) => `${changeAt(at)}: no such component table`,
  changeOtherWithoutText: (at) => `${changeAt(at)}: an "other" reason needs a text`,
  changeNotEwpReason: (at, reason) => `${changeAt(at)}: "${reason}" is not an EWP reason for ${at.op === 'insert' ? 'an insertion' : 'a deletion'}`,
  changeNothingToDelete: (at, code) => `${changeAt(at)}: no component ${code} to delete`,
  changeAlreadyThere: (at, code) => `${changeAt(at)}: component ${code} is already in the table`,
  studentChangesNone: () => 'names no field',
  studentChangeNotEwp: (field) => `${field} is not a field EWP lets a proposal change`,
  studentChangeMalformed: (field, problem) => `${field} ${FIELD_PROBLEMS[problem]}`,
  studentChangeSame: (field, value) => `${field} is already ${value}: send only what changes`,
  studentChanges: (problems) => `student changes: ${problems}`,
};
