import { Decider } from '../decider';
import { invalid } from '../errors';
import { unknownCommand } from '../exhaustive';
import { refusal } from '../refusals';
import { removeConversionRule, setConversionRule } from './conversion-rules.decide';
import { removeGradeDistribution, setGradeDistribution } from './grade-distributions.decide';
import { configureStudyRegulations } from './regulations.decide';
import { SchoolCommand } from './school.commands';
import { SchoolEvent } from './school.events';
import { evolveSchool } from './school.evolve';
import { SchoolState, initialSchoolState } from './school.state';
import { setSurveyQuestions } from './survey-questions.decide';

export const decideSchool = (command: SchoolCommand, state: SchoolState): SchoolEvent[] => {
  if (!command.metadata?.actor?.id) throw invalid(refusal('schoolCommandWithoutActor', command.type), 'SCHOOL-STAFF');
  switch (command.type) {
    case 'ConfigureStudyRegulations':
      return configureStudyRegulations(command, state);
    case 'SetConversionRule':
      return setConversionRule(command, state);
    case 'RemoveConversionRule':
      return removeConversionRule(command, state);
    case 'SetGradeDistribution':
      return setGradeDistribution(command, state);
    case 'RemoveGradeDistribution':
      return removeGradeDistribution(command, state);
    case 'SetSurveyQuestions':
      return setSurveyQuestions(command, state);
    default:
      return unknownCommand(command);
  }
};

/** The school's study-regulation settings on stream `school-<schoolId>`. */
export const schoolDecider: Decider<SchoolCommand, SchoolState, SchoolEvent> = {
  decide: decideSchool,
  evolve: evolveSchool,
  initialState: initialSchoolState,
};
