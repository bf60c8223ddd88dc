import { Decider } from '../decider';
import { invalid } from '../errors';
import { refusal } from '../refusals';
import { unknownCommand } from '../exhaustive';
import { AgreementCommand } from './agreement.commands';
import { AgreementEvent } from './agreement.events';
import { evolveAgreement } from './agreement.evolve';
import { AgreementState, initialAgreementState } from './agreement.state';
import { deleteDraft, draftAgreement, editDraft } from './draft.decide';
import { proposeAmendment, rejectAmendment, signAmendment } from './amendment.decide';
import { withdrawAmendment } from './amendment-withdrawal.decide';
import { rejectAgreement, signAgreement } from './signing.decide';
import { recordSignatureReport } from './signature-report.decide';
import { confirmStayDates, recordDeparture, recordReturn } from './stay.decide';
import { recordMinorChange } from './minor-change.decide';
import { recordIndividualConvention, signCovered, withCoverage } from './coverage.decide';

/** Routes each command to the function that decides it; throws a DomainError on refusal. */
export const decideAgreement = (command: AgreementCommand, state: AgreementState): AgreementEvent[] => {
  if (!command.metadata?.actor?.id) throw invalid(refusal('commandWithoutActor', command.type), 'LA-PARTY');
  switch (command.type) {
    case 'DraftAgreement':
      return withCoverage(command, state, draftAgreement(command, state));
    case 'EditDraft':
      return withCoverage(command, state, editDraft(command, state));
    case 'DeleteDraft':
      return deleteDraft(command, state);
    case 'SignAgreement':
      return signCovered(command, state, signAgreement(command, state));
    case 'RejectAgreement':
      return rejectAgreement(command, state);
    case 'ProposeAmendment':
      return proposeAmendment(command, state);
    case 'SignAmendment':
      return signAmendment(command, state);
    case 'RejectAmendment':
      return rejectAmendment(command, state);
    case 'WithdrawAmendment':
      return withdrawAmendment(command, state);
    case 'RecordSignatureReport':
      return recordSignatureReport(command, state);
    case 'RecordDeparture':
      return recordDeparture(command, state);
    case 'RecordReturn':
      return recordReturn(command, state);
    case 'ConfirmStayDates':
      return confirmStayDates(command, state);
    case 'RecordMinorChange':
      return recordMinorChange(command, state);
    case 'RecordIndividualConvention':
      return recordIndividualConvention(command, state);
    default:
      return unknownCommand(command);
  }
};

/** The learning agreement on stream `agreement-<mobilityId>`. */
export const agreementDecider: Decider<AgreementCommand, AgreementState, AgreementEvent> = {
  decide: decideAgreement,
  evolve: evolveAgreement,
  initialState: initialAgreementState,
};
