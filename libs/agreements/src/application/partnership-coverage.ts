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

const contentOfDraft = (state: AgreementState): AgreementContent | undefined =>
  state.status === 'draft' || state.status === 'signing' ? state.current?.content : undefined;

/** The content the register is asked about: the command's own (draft, edit), or the draft being signed. */
const contentToCover = (command: CoveredCommand, state: AgreementState): AgreementContent | undefined =>
  command.type === 'SignAgreement' ? contentOfDraft(state) : command.data.content;

const covered = (command: AgreementCommand, coverage: Coverage | undefined): AgreementCommand =>
  coverage && isCovered(command) ? ({ ...command, data: { ...command.data, coverage } } as AgreementCommand) : command;

/** The command as the handler decides it on `state`: with the coverage the register gives its content. */
export const withCoverageOn = async (store: EventStore, command: AgreementCommand, state: AgreementState): Promise<AgreementCommand> => {
  const content = isCovered(command) ? contentToCover(command, state) : undefined;
  return covered(command, content && (await coverageFor(store, content)));
};
