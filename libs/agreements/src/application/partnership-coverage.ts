import {
  AgreementCommand,
  AgreementContent,
  AgreementState,
  Coverage,
  coverageOf,
  mobilityFactsOf,
  partnershipDecider,
  partnershipId,
  partnershipStreamId,
  schoolDecider,
  schoolStreamId,
} from '@app/domain';
import { EventStore, aggregateStream } from '@app/event-store';
import { AgreementCommandChoice } from './decide-agreement.command';
import { loadAgreement } from '../read/load-agreement';

type CoveredCommand = Extract<AgreementCommand, { type: 'DraftAgreement' | 'EditDraft' | 'SignAgreement' }>;
const isCovered = (command: AgreementCommand): command is CoveredCommand =>
  command.type === 'DraftAgreement' || command.type === 'EditDraft' || command.type === 'SignAgreement';

/** LA-PARTNERSHIP, when the sending school's study regulations check partnerships: what the register says of this content. */
export const coverageFor = async (store: EventStore, content: AgreementContent): Promise<Coverage | undefined> => {
  const sending = content.sendingInstitution.heiId;
  const school = await aggregateStream(store, schoolStreamId(sending), schoolDecider);
  if (!school.state.regulations.partnershipCheck) return undefined;
  const id = partnershipId(sending, content.receivingInstitution.heiId);
  const partnership = await aggregateStream(store, partnershipStreamId(id), partnershipDecider);
  return coverageOf(mobilityFactsOf(content), { ...partnership.state, partnershipId: id });
};

/**
 * The decider stays pure: the handler looks the coverage up before deciding and passes it in
 * the commands that draft, edit or sign the draft. The content is the command's (draft, edit)
 * or the draft being signed.
 */
export const withPartnershipCoverage = async (
  store: EventStore,
  mobilityId: string,
  choice: AgreementCommandChoice,
): Promise<AgreementCommandChoice> => {
  if (typeof choice !== 'function' && !isCovered(choice)) return choice;
  let content: AgreementContent | undefined;
  if (typeof choice !== 'function' && choice.type !== 'SignAgreement') content = choice.data.content;
  else {
    const { state } = await loadAgreement(store, mobilityId);
    if (state.status === 'draft' || state.status === 'signing') content = state.current?.content;
  }
  const coverage = content && (await coverageFor(store, content));
  if (!coverage) return choice;
  return (state: AgreementState) => {
    const command = typeof choice === 'function' ? choice(state) : choice;
    return isCovered(command) ? ({ ...command, data: { ...command.data, coverage } } as AgreementCommand) : command;
  };
};
