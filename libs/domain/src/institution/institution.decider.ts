import { Decider } from '../decider';
import { invalid } from '../errors';
import { laterEvent, unknownCommandType } from '../exhaustive';
import { refusal } from '../refusals';
import { InstitutionCommand } from './institution.commands';
import { recordInstitution } from './institution.decide';
import { InstitutionEvent } from './institution.events';
import { InstitutionState, initialInstitutionState } from './institution.state';

export const decideInstitution = (command: InstitutionCommand, state: InstitutionState): InstitutionEvent[] => {
  if (!command.metadata?.actor?.id) throw invalid(refusal('commandWithoutActor', command.type), 'INSTITUTION-ADMIN');
  switch (command.type) {
    case 'RecordInstitution':
      return recordInstitution(command, state);
    default: {
      // One command type: TS narrows its `type`, not the command, so exhaustiveness is checked on the type.
      return unknownCommandType(command.type);
    }
  }
};

export const evolveInstitution = (state: InstitutionState, event: InstitutionEvent): InstitutionState => {
  const { type, data } = event;
  switch (type) {
    case 'InstitutionRecorded':
      return { recorded: { heiId: data.heiId, name: data.name, country: data.country } };
    default:
      return laterEvent(type, state);
  }
};

/** An institution of the register on stream `institution-<heiId>`. */
export const institutionDecider: Decider<InstitutionCommand, InstitutionState, InstitutionEvent> = {
  decide: decideInstitution,
  evolve: evolveInstitution,
  initialState: initialInstitutionState,
};
