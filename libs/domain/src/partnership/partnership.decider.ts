import { Decider } from '../decider';
import { invalid } from '../errors';
import { refusal } from '../refusals';
import { unknownCommand } from '../exhaustive';
import { PartnershipCommand } from './partnership.commands';
import { recordIia, recordPartner } from './partnership.decide';
import { PartnershipEvent } from './partnership.events';
import { evolvePartnership } from './partnership.evolve';
import { PartnershipState, initialPartnershipState } from './partnership.state';

export const decidePartnership = (command: PartnershipCommand, state: PartnershipState): PartnershipEvent[] => {
  if (!command.metadata?.actor?.id) throw invalid(refusal('commandWithoutActor', command.type), 'PARTNERSHIP-STAFF');
  switch (command.type) {
    case 'RecordPartner':
      return recordPartner(command, state);
    case 'RecordIia':
      return recordIia(command, state);
    default:
      return unknownCommand(command);
  }
};

/** A partnership between two partners on stream `partnership-<a>+<b>`. */
export const partnershipDecider: Decider<PartnershipCommand, PartnershipState, PartnershipEvent> = {
  decide: decidePartnership,
  evolve: evolvePartnership,
  initialState: initialPartnershipState,
};
