import { canonicalJson } from './canonical-json';
import { invalid, ruleBroken } from '../errors';
import { refusal } from '../refusals';
import { mobilityFactsOf } from '../partnership/coverage';
import { partyOf, requireParty, signerOf } from './agreement.actor';
import { DraftAgreement, EditDraft, RecordIndividualConvention, SignAgreement } from './agreement.commands';
import { AgreementEvent } from './agreement.events';
import { requireAgreement } from './agreement.guards';
import { AgreementState } from './agreement.state';

/**
 * The coverage the handler found, recorded when it differs from the agreement's: the draft
 * is accepted either way, and flagged when nothing covers it. An individual convention
 * stands for the mobility whatever the register says afterwards.
 */
const assessed = (mobilityId: string, command: DraftAgreement | EditDraft | SignAgreement, state: AgreementState): AgreementEvent[] => {
  const { coverage } = command.data;
  if (!coverage || state.coverage?.status === 'individual-convention') return [];
  if (state.coverage && canonicalJson(state.coverage) === canonicalJson(coverage)) return [];
  return [{ type: 'PartnershipCoverageAssessed', data: { mobilityId, coverage, at: command.metadata.now } }];
};

export const withCoverage = (command: DraftAgreement | EditDraft, state: AgreementState, decided: AgreementEvent[]): AgreementEvent[] =>
  decided.length === 0 ? decided : [...decided, ...assessed(command.data.mobilityId, command, state)];

/**
 * LA-PARTNERSHIP: the receiving institution's signature waits for an IIA in effect or an
 * individual convention. The check runs only when the command carries coverage, i.e. when
 * the sending school's study regulations check partnerships.
 */
export const signCovered = (command: SignAgreement, state: AgreementState, decided: AgreementEvent[]): AgreementEvent[] => {
  const { coverage } = command.data;
  if (!coverage) return decided;
  const effective = state.coverage?.status === 'individual-convention' ? state.coverage : coverage;
  const receivingSigns = partyOf(command.metadata.actor, state.current!.content) === 'receiving';
  if (receivingSigns && effective.status === 'not-covered') {
    // Said from the facts the register was asked about (the draft's content), not from the coverage's English detail.
    throw ruleBroken('LA-PARTNERSHIP', refusal('notCovered', mobilityFactsOf(state.current!.content)));
  }
  return [...assessed(command.data.mobilityId, command, state), ...decided];
};

/** The sending school's convention for this mobility, named by its reference; the same again changes nothing. */
export const recordIndividualConvention = ({ data, metadata }: RecordIndividualConvention, state: AgreementState): AgreementEvent[] => {
  const current = requireAgreement(state, data.mobilityId);
  const party = requireParty(metadata.actor, current.content, ['sending'], 'recordIndividualConvention');
  const reference = typeof data.reference === 'string' ? data.reference.trim() : '';
  if (reference === '') throw invalid(refusal('conventionNeedsReference'), 'LA-PARTNERSHIP', [{ field: 'reference', said: refusal('conventionNeedsReference') }]);
  if (state.coverage?.status === 'individual-convention' && state.coverage.reference === reference) return [];
  return [
    { type: 'IndividualConventionRecorded', data: { mobilityId: data.mobilityId, reference, party, by: signerOf(metadata.actor), at: metadata.now } },
  ];
};
