import { RefusalWords } from './refusal-words';

const round = (proposal?: number) => (proposal === undefined ? 'the draft' : `amendment proposal ${proposal}`);

/** Refusals in English. */
export const ENGLISH_REFUSALS: RefusalWords = {
  noAccessRule: (method, path) => `no access rule covers ${method} ${path}`,
  accessForbidden: (role, id, action) => `${role} ${id} may not ${action}`,
  noAgreement: (mobilityId) => (mobilityId ? `no learning agreement ${mobilityId}` : 'no learning agreement'),
  agreementDeleted: (mobilityId) => `the learning agreement for mobility ${mobilityId} was deleted`,
  noStudentRecord: (studentId) => `no student record ${studentId}`,
  staleContentHash: (signed, current) => `signature names content hash ${signed} but the current version is ${current}`,
  alreadySigned: (party, proposal) => `the ${party} party has already signed ${round(proposal)}`,
  signsBefore: (expected, party, proposal) => `the ${expected} party signs ${round(proposal)} before the ${party} party`,
  rejectionNeedsComment: (proposal) => `a rejection of ${round(proposal)} needs a comment saying what to change`,
  onlyAmendmentsOnceApproved: () => 'the agreement is approved: only an amendment proposal can be signed or rejected now',
  amendOnlyApproved: () => 'only an approved agreement is amended; edit the draft instead',
  proposalStillOpen: (number) => `proposal ${number} is still open: one proposal at a time`,
  staleBaseVersion: (base, inForce) => `proposal based on version ${base} but version ${inForce} is in force`,
  noChanges: () => 'a changes proposal needs at least one change',
  changesLeaveAsIs: () => 'the changes leave the agreement as it is',
  noProposalOpen: () => 'no amendment proposal is open',
  derogationNeedsReason: () => 'a derogation needs a reason and who decided it',
  derogationAlreadyGranted: (reason) => `a derogation is already granted (${reason}); revoke it first`,
  revocationNeedsReason: () => 'say why the derogation is revoked',
  noDerogation: () => 'no derogation is granted',
};
