import { receivingStaff, sendingStaff } from '../testing/agreement.fixtures';
import { callsForAnExam } from './additional-exam';
import { HomeUnitDecision } from './recognition.commands';
import {
  allPassed,
  conditionalUnit,
  givenRecognition,
  line,
  recognitionCommand,
  recognitionContent,
  recognitionHistory,
  snapshotOf,
  transcriptData,
} from './testing';

const recordWith = (conditions: string, components = allPassed()) => {
  const content = recognitionContent({ recognisedAtHome: [recognitionContent().recognisedAtHome[0], conditionalUnit(conditions)] });
  return recognitionCommand('RecordTranscript', receivingStaff, transcriptData(components, { agreement: snapshotOf(content) }));
};
const decide = (decision: HomeUnitDecision, comment = 'project report read by the programme head', homeUnitCode = 'UE-CS-2') =>
  recognitionCommand('RecogniseHomeUnit', sendingStaff, { homeUnitCode, decision, comment });

describe('RecogniseHomeUnit', () => {
  it('CTI-REC-1: the sending institution recognises a conditioned home unit, which completes the recognition', () => {
    givenRecognition(recognitionHistory(recordWith('the host project covers software testing')))
      .when(decide('recognised'))
      .thenState((state, [event]) => {
        expect(event).toMatchObject({ type: 'HomeUnitDecided', data: { homeUnitCode: 'UE-CS-2', decision: 'recognised', party: 'sending' } });
        expect(state.homeUnits[1]).toMatchObject({ status: 'recognised', basis: 'decision' });
        expect(state.status).toBe('complete');
      });
  });

  it('REC-DECISION: the sending institution may refuse a conditioned unit whose condition is not an exam', () => {
    givenRecognition(recognitionHistory(recordWith('the host project covers software testing')))
      .when(decide('not-recognised', 'the project was on networks, not software'))
      .thenState((state) => {
        expect(state.homeUnits[1]).toMatchObject({ status: 'not-recognised', decision: { comment: 'the project was on networks, not software' } });
        expect(state.status).toBe('complete');
      });
  });

  it('CTI-REC-2: refuses a decision of kind additional-exam', () => {
    givenRecognition(recognitionHistory(recordWith('the host project covers software testing')))
      .when(decide('additional-exam', 'oral at home in September'))
      .thenThrows({ kind: 'rule', ruleId: 'CTI-REC-2', message: /additional examination/ });
  });

  it('CTI-REC-2: refuses to deny a unit for a condition requiring an exam when its host credits passed', () => {
    givenRecognition(recognitionHistory(recordWith('the student passes an oral examen at INSA')))
      .when(decide('not-recognised', 'condition not met'))
      .thenThrows({ kind: 'rule', ruleId: 'CTI-REC-2' });
  });

  it('CTI-REC-2: recognises exam wording in English and French, not inside other words', () => {
    expect(['final exam at home', 'épreuve orale', 'session de rattrapage', 'a written test'].every(callsForAnExam)).toBe(true);
    expect(['the contest entry', 'oralité du projet', 'attested by the host', undefined].some(callsForAnExam)).toBe(false);
  });

  it('CTI-REC-5: after a failed remedy the sending institution decides, and may refuse the unit', () => {
    const failed = [line('KR501', '0', 'failed'), line('KR502B', '7.5'), line('CS101', '3', 'passed', 'us-semester-credit-hours')];
    const history = recognitionHistory(
      recordWith('the host project covers software testing', failed),
      recognitionCommand('RecordRemedy', sendingStaff, { componentCode: 'KR501', kind: 'resit-at-host', description: 'resit in June' }),
      recognitionCommand('CloseRemedy', sendingStaff, { componentCode: 'KR501', outcome: 'failed' }),
      decide('not-recognised', 'KR501 failed at the resit exam', 'UE-MATH-4'),
    );
    givenRecognition(history)
      .when(decide('recognised', 'KR502B and CS101 cover the unit'))
      .thenState((state) => {
        expect(state.homeUnits.map(({ status }) => status)).toEqual(['not-recognised', 'recognised']);
        expect(state.status).toBe('complete');
      });
  });

  it('CTI-REC-5: refuses a decision while a failure awaits a closed remedy', () => {
    givenRecognition(recognitionHistory(recordWith('x', [line('KR501', '0', 'failed')])))
      .when(decide('recognised'))
      .thenThrows({ kind: 'rule', ruleId: 'CTI-REC-5' });
  });

  it('CTI-REC-1: refuses a decision on a unit recognised automatically, and REC-DECISION a second decision', () => {
    givenRecognition(recognitionHistory(recordWith('x'))).when(decide('recognised', 'ok', 'UE-MATH-4')).thenThrows({ kind: 'rule', ruleId: 'CTI-REC-1' });
    givenRecognition(recognitionHistory(recordWith('x'), decide('recognised'))).when(decide('recognised')).thenThrows({ kind: 'rule', ruleId: 'REC-DECISION' });
  });

  it('LA-PARTY: refuses a decision by the receiving institution', () => {
    const byHost = recognitionCommand('RecogniseHomeUnit', receivingStaff, { homeUnitCode: 'UE-CS-2', decision: 'recognised', comment: 'ok' });
    givenRecognition(recognitionHistory(recordWith('x'))).when(byHost).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });
});
