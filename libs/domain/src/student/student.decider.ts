import { Decider } from '../decider';
import { invalid } from '../errors';
import { unknownCommand } from '../exhaustive';
import { refusal } from '../refusals';
import { grantDerogation, revokeDerogation } from './derogation.decide';
import { eraseStudentData } from './erasure.decide';
import { recordProfile } from './profile.decide';
import { recordApprenticeshipModality, recordInternshipAgreement, recordLowCarbonTravel } from './stay-records.decide';
import { declareStay, recordStayDates } from './stay.decide';
import { StudentCommand } from './student.commands';
import { StudentEvent } from './student.events';
import { evolveStudent } from './student.evolve';
import { StudentState, initialStudentState } from './student.state';
import { recordSupport } from './support.decide';
import { answerSurvey } from './survey.decide';
import { upcastStudentEvent } from './survey-answered.upcast';

export const decideStudent = (command: StudentCommand, state: StudentState): StudentEvent[] => {
  if (!command.metadata?.actor?.id) throw invalid(refusal('studentCommandWithoutActor', command.type), 'STUDENT-ACTOR');
  switch (command.type) {
    case 'RecordProfile':
      return recordProfile(command, state);
    case 'DeclareStay':
      return declareStay(command, state);
    case 'RecordStayDates':
      return recordStayDates(command, state);
    case 'RecordInternshipAgreement':
      return recordInternshipAgreement(command, state);
    case 'RecordLowCarbonTravel':
      return recordLowCarbonTravel(command, state);
    case 'RecordPreparation':
    case 'RecordFollowUp':
    case 'RecordDebrief':
      return recordSupport(command, state);
    case 'RecordApprenticeshipModality':
      return recordApprenticeshipModality(command, state);
    case 'GrantDerogation':
      return grantDerogation(command, state);
    case 'RevokeDerogation':
      return revokeDerogation(command, state);
    case 'EraseStudentData':
      return eraseStudentData(command, state);
    case 'AnswerSurvey':
      return answerSurvey(command, state);
    default:
      return unknownCommand(command);
  }
};

/** The student's mobility record on stream `student-<studentId>`. */
export const studentDecider: Decider<StudentCommand, StudentState, StudentEvent> = {
  decide: decideStudent,
  evolve: evolveStudent,
  initialState: initialStudentState,
  upcast: upcastStudentEvent,
};
